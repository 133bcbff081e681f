namespace HipSpine.Engine.Cases;

/// <summary>
/// An answered finding, stored as a number so evaluation allocates nothing: a bool is 0 or 1, an int is
/// its value, a choice is the index of the value in the vocabulary's list. <c>default</c> means unknown.
/// </summary>
public readonly record struct FindingValue(bool IsKnown, int Number)
{
    public static readonly FindingValue Unknown;

    public static FindingValue Of(bool value) => new(true, value ? 1 : 0);

    public static FindingValue Of(int value) => new(true, value);

    public bool AsBool => Number != 0;
}
