using System.Net;
using System.Text.RegularExpressions;
using HipSpine.Tests.Shared;

namespace HipSpine.Web.Tests;

/// <summary>The administrator registers and removes SMART client apps on /admin/clients.</summary>
public sealed partial class SmartClientsPageTests
{
    private const string Admin = "apps-admin@example.com";

    [Fact]
    public async Task An_administrator_registers_a_backend_sees_its_secret_once_and_removes_it()
    {
        using var app = new HipSpineApp();
        using var admin = app.Browser();
        (await AccountSteps.SignUpAsync(admin, Admin)).Dispose();
        await AuthorizationMatrixFixture.GrantAdminAsync(app, admin, Admin);

        var page = await AccountSteps.GetOkAsync(admin, "/admin/clients");
        Assert.Contains("id=\"no-clients\"", page, StringComparison.Ordinal);
        using (var bad = await admin.PostAsync("/admin/clients?handler=register", page,
            [new("ClientId", "clinic-ehr"), new("Name", "Clinic EHR"), new("Type", "public"), new("Scopes", "system/*.read"), new("OwnerEmail", Admin)]))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("href=\"#f-scopes\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal); // the error summary names the field
        }

        var registered = await admin.PostOkAsync("/admin/clients?handler=register", page,
            [new("ClientId", "clinic-ehr"), new("Name", "Clinic EHR"), new("Type", "confidential"), new("Scopes", "system/*.read"), new("OwnerEmail", Admin)]);
        var secret = Secret().Match(registered).Groups[1].Value;
        Assert.True(secret.Length >= 40, registered);
        var list = await AccountSteps.GetOkAsync(admin, "/admin/clients");
        Assert.Contains("<code>clinic-ehr</code>", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal); // shown once, never again

        using (var removed = await admin.PostAsync("/admin/clients?handler=remove", list, [new("removeId", "clinic-ehr")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        Assert.DoesNotContain("<code>clinic-ehr</code>", await AccountSteps.GetOkAsync(admin, "/admin/clients"), StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"client-secret\"[\\s\\S]*?<code>([^<]+)</code>")]
    private static partial Regex Secret();
}
