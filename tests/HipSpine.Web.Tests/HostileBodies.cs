using FsCheck;
using FsCheck.Fluent;

namespace HipSpine.Web.Tests;

/// <summary>
/// One hostile request body: what kind of damage it carries, the text, the Content-Type it is sent with
/// (null: none), and whether it must be refused (false where the damage may still leave a valid document,
/// e.g. odd Unicode in a free-text id).
/// </summary>
public sealed record HostileBody(string Kind, string Body, string? ContentType, bool MustFail)
{
    /// <summary>What FsCheck prints for a counterexample: the kind and the start of the body.</summary>
    public override string ToString() =>
        $"{Kind} [{ContentType ?? "no Content-Type"}] {(Body.Length > 300 ? Body[..300] + $"... ({Body.Length} chars)" : Body)}";
}

/// <summary>
/// Generators of malformed JSON documents built from a valid template whose slots ({{NAME}}) are replaced:
/// one slot at a time gets a value wrong for it (wrong JSON type, extreme number, odd Unicode, 10,000 levels
/// of nesting), or the whole document is truncated, replaced by random text, or sent with a wrong Content-Type.
/// </summary>
internal static class HostileBodies
{
    public const int DeepLevels = 10_000;

    /// <summary>Numbers no whole-number field takes: huge, tiny, negative zero among them, fractions, overflows.</summary>
    public static readonly string[] ExtremeNumbers =
    [
        "1e308", "-1e308", "1.7976931348623157e309", "-0", "-0.0", "1e-400", "0.5", "4.9e-324",
        "123456789012345678901234567890", "-9223372036854775809", "18446744073709551616", "2147483648", "-2147483649",
    ];

    /// <summary>JSON text that is not valid JSON at all (JavaScript's special numbers, bare words).</summary>
    public static readonly string[] NotJson = ["NaN", "Infinity", "-Infinity", "undefined", "0x10", "01", "+1", ".5", "'x'", "tru"];

    /// <summary>Strings with odd Unicode, as JSON string literals: escaped lone surrogates, RTL and zero-width marks, NUL, emoji.</summary>
    public static readonly string[] OddStrings =
    [
        "\"\\ud800\"", "\"\\udc00\"", "\"a\\ud83d\"", "\"\\ude00b\"", "\"\\u202e\"", "\"\\u200f\\u200e\"", "\"\\u200b\"", "\"\\ufeff\"",
        "\"\\u0000\"", "\"x\\u0000y\"", "\"😀\"", "\"👩‍⚕️\"", "\"\u202ex\u200b\"", "\"\\uffff\"", "\"" + new string('x', 5000) + "\"",
    ];

    /// <summary>Values of the wrong JSON kind for any scalar field.</summary>
    public static readonly string[] WrongKinds = ["true", "false", "[]", "{}", "[1,2]", "{\"a\":{}}", "\"\"", "\"40\""];

    /// <summary>10,000 levels of arrays or objects: far past any parser's depth limit.</summary>
    public static readonly string[] DeepValues =
    [
        new string('[', DeepLevels) + new string(']', DeepLevels),
        string.Concat(Enumerable.Repeat("{\"a\":", DeepLevels)) + "1" + new string('}', DeepLevels),
        new string('[', DeepLevels), // unclosed as well
    ];

    /// <summary>Content types that are not JSON; null sends no Content-Type at all.</summary>
    public static readonly string?[] WrongContentTypes =
    [
        "text/plain", "text/html", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/octet-stream", "application/jsonx", "image/png", null,
    ];

    /// <summary>A slot of the template and the values that must make the document invalid there.</summary>
    public sealed record Slot(string Name, string Valid, string[] Invalid, string[]? MaybeValid = null);

    /// <summary>Every way to damage <paramref name="template"/>: one slot wrong, truncation, garbage, wrong Content-Type, deep nesting.</summary>
    public static Gen<HostileBody> For(string template, IReadOnlyList<Slot> slots, string contentType)
    {
        var valid = Fill(template, slots, null, null);
        var oneSlot = Gen.Elements(slots.ToArray()).SelectMany(slot =>
            Gen.Elements(slot.Invalid.Select(v => (Value: v, MustFail: true))
                    .Concat((slot.MaybeValid ?? []).Select(v => (Value: v, MustFail: false))).ToArray())
                .Select(v => new HostileBody("slot " + slot.Name, Fill(template, slots, slot.Name, v.Value), contentType, v.MustFail)));
        var deep = Gen.Elements(slots.ToArray()).SelectMany(slot => Gen.Elements(DeepValues)
            .Select(v => new HostileBody("deep nesting in " + slot.Name, Fill(template, slots, slot.Name, v), contentType, true)));
        var truncated = Gen.Choose(0, valid.Length - 1)
            .Select(n => new HostileBody("truncated", valid[..n], contentType, true));
        var garbage = ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)
            .Select(s => new HostileBody("random text", s, contentType, true));
        var wholeDeep = Gen.Elements(DeepValues).Select(v => new HostileBody("deep nesting", v, contentType, true));
        var wrongType = Gen.Elements(WrongContentTypes).Select(t => new HostileBody("wrong Content-Type", valid, t, true));
        return Gen.Frequency(
            (6, oneSlot), (2, deep), (2, truncated), (2, garbage), (1, wholeDeep), (2, wrongType));
    }

    /// <summary>The template with every slot at its valid value except <paramref name="name"/>, which gets <paramref name="value"/>.</summary>
    public static string Fill(string template, IEnumerable<Slot> slots, string? name, string? value) =>
        slots.Aggregate(template, (text, slot) =>
            text.Replace("{{" + slot.Name + "}}", slot.Name == name ? value : slot.Valid, StringComparison.Ordinal));

    /// <summary>A body of about <paramref name="megabytes"/> MB: the valid document with a long string in one slot.</summary>
    public static string Huge(string template, IReadOnlyList<Slot> slots, string slot, int megabytes) =>
        Fill(template, slots, slot, "\"" + new string('x', megabytes * 1024 * 1024) + "\"");

    /// <summary>True when the text shows internals a client must never see.</summary>
    public static bool LeaksInternals(string body) =>
        body.Contains("   at ", StringComparison.Ordinal)
        || body.Contains("Exception", StringComparison.Ordinal)
        || body.Contains(".cs:line", StringComparison.Ordinal)
        || body.Contains("System.", StringComparison.Ordinal);
}
