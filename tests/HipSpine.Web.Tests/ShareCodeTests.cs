using System.Net;
using HipSpine.Web.Clinician;

namespace HipSpine.Web.Tests;

/// <summary>Short share codes: grouped, typed in any case with spaces or dashes, still single use.</summary>
public sealed class ShareCodeTests
{
    [Fact]
    public void A_code_is_ten_characters_without_look_alikes_shown_in_two_groups()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => ShareCodes.New()).ToArray();
        Assert.All(codes, c => Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTWXYZ]{10}$", c));
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Matches("^[2-9A-Z]{5}-[2-9A-Z]{5}$", ShareCodes.Grouped(codes[0]));
        Assert.Equal(codes[0], ShareCodes.Normalise(" " + codes[0][..3].ToLowerInvariant() + " " + codes[0][3..7] + "-" + codes[0][7..] + " "));
    }

    [Theory]
    [InlineData("lower")]
    [InlineData("spaces")]
    [InlineData("upper")]
    public async Task A_code_typed_in_lower_case_or_with_spaces_is_accepted_once(string typing)
    {
        using var app = new HipSpineApp();
        using var patient = app.Browser();
        await AccountSteps.PersonWithPlanAsync(app, patient, "short-code@example.com");
        using var clinician = app.Browser();
        await ClinicianTests.SignUpClinicianAsync(app, clinician, "short-doctor@example.com");
        var code = await ClinicianTests.ShareAsync(patient, "all");
        Assert.Matches("^[2-9A-Z]{5}-[2-9A-Z]{5}$", code);
        var typed = typing switch
        {
            "lower" => code.ToLowerInvariant(),
            "spaces" => code.Replace("-", "", StringComparison.Ordinal).Insert(5, "  ").Insert(3, " "),
            _ => code.Replace("-", "", StringComparison.Ordinal),
        };

        using (var redeemed = await ClinicianTests.RedeemAsync(clinician, typed))
        {
            Assert.Equal(HttpStatusCode.Redirect, redeemed.StatusCode);
        }

        using var other = app.Browser();
        await ClinicianTests.SignUpClinicianAsync(app, other, "other-doctor@example.com");
        using var again = await ClinicianTests.RedeemAsync(other, code);
        Assert.NotEqual(HttpStatusCode.Redirect, again.StatusCode);
    }
}

/// <summary>The link and QR code shown with a new code.</summary>
public sealed class ShareLinkTests
{
    [Theory]
    [InlineData("https://hipspine.example.org/", "https://hipspine.example.org/clinician/redeem?code=ABCDE-FGHJK")]
    [InlineData("https://clinic.example:8443", "https://clinic.example:8443/clinician/redeem?code=ABCDE-FGHJK")]
    public void The_link_is_absolute_from_the_public_address_and_the_qr_code_is_inline_svg(string publicBase, string expected)
    {
        var links = new HipSpine.Web.Hosting.PublicLinks(Microsoft.Extensions.Options.Options.Create(new HipSpine.Web.Hosting.PublicLinkOptions { PublicBaseUrl = publicBase }));

        var link = ShareLink.For("abcde fghjk", links);

        Assert.Equal("ABCDE-FGHJK", link.Code);
        Assert.Equal(expected, link.Url);
        Assert.StartsWith("<svg role=\"img\" aria-label=\"QR code of the link\"", link.QrSvg, StringComparison.Ordinal);
        Assert.Contains("</svg>", link.QrSvg, StringComparison.Ordinal);
    }
}
