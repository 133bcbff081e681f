using System.CommandLine;
using System.CommandLine.Parsing;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Cli;

/// <summary>
/// <c>--setting primary_care|emergency</c>: which priors rank the sources (the share of people asking in that setting
/// whose pain comes from each source). The same choice as the web app's <c>Knowledge:Setting</c> and a case's
/// <c>setting</c>, so the contract's names work here too; the .NET names (PrimaryCare, Emergency) are kept for scripts
/// written before.
/// </summary>
internal static class SettingOption
{
    public static Option<CareSetting> Create() => new("--setting")
    {
        Description = "Priors for who asks: primary_care (self-referral and general practice, the default) or emergency (an emergency department).",
        DefaultValueFactory = _ => CareSetting.PrimaryCare,
        CustomParser = Parse,
    };

    private static CareSetting Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        var setting = CareSettings.Parse(text.ToLowerInvariant())
            ?? (Enum.TryParse<CareSetting>(text, ignoreCase: true, out var named) && Enum.IsDefined(named) ? named : null);
        if (setting is { } known)
        {
            return known;
        }

        result.AddError($"--setting: '{text}' is not a setting; use {CareSettings.PrimaryCare} or {CareSettings.Emergency}.");
        return CareSetting.PrimaryCare;
    }
}
