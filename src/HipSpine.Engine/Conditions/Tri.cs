namespace HipSpine.Engine.Conditions;

/// <summary>
/// Three-valued (Kleene) truth: an unanswered finding is unknown, not false. A rule fires only on
/// <see cref="True"/>; an absent-finding likelihood ratio applies only on <see cref="False"/>.
/// </summary>
public enum Tri : byte
{
    False = 0,
    Unknown = 1,
    True = 2,
}
