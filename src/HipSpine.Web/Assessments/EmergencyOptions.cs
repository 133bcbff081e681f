using System.ComponentModel.DataAnnotations;

namespace HipSpine.Web.Assessments;

/// <summary>
/// <c>Emergency</c>: the number an emergency result offers to call, per deployment. The defaults cover the UK, with
/// the European and North American numbers in the words.
/// </summary>
public sealed class EmergencyOptions
{
    public const string Section = "Emergency";

    /// <summary>What the <c>tel:</c> link dials: digits, optionally after a leading +.</summary>
    [Required]
    [RegularExpression(@"^\+?[0-9]{2,15}$", ErrorMessage = "Emergency:Number must be a number to dial: 2 to 15 digits, optionally after a leading +")]
    public string Number { get; set; } = "999";

    /// <summary>How the number is said to the person.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Emergency:Words must say the number in words people read")]
    [StringLength(200)]
    public string Words { get; set; } = "999 (112 in Europe, 911 in North America)";

    /// <summary>Registers the options, checked when the app starts (a wrong number must never reach a result page).</summary>
    internal static IServiceCollection Add(IServiceCollection services)
    {
        services.AddOptions<EmergencyOptions>().BindConfiguration(Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
