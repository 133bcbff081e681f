using System.CommandLine;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Cli;

/// <summary>
/// <c>--setting PrimaryCare|Emergency</c>: which priors rank the sources (the share of people asking in that setting
/// whose pain comes from each source). The same choice as the web app's <c>Knowledge:Setting</c>.
/// </summary>
internal static class SettingOption
{
    public static Option<CareSetting> Create() => new("--setting")
    {
        Description = "Priors for who asks: PrimaryCare (self-referral and general practice, the default) or Emergency (an emergency department).",
        DefaultValueFactory = _ => CareSetting.PrimaryCare,
    };
}
