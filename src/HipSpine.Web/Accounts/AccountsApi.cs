using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace HipSpine.Web.Accounts;

/// <summary><c>POST /account/signout</c>: the sign-out button.</summary>
internal static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/account/signout", SignOutAsync).WithName("SignOut").RequireAuthorization(Policies.Public).ExcludeFromDescription(); // signed out already: just home
        return routes;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn, LinkGenerator links)
    {
        // The endpoint binds no form, so UseAntiforgery does not check it: check here (no cross-site sign-out).
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        await signIn.SignOutAsync();
        return TypedResults.Redirect(links.GetPathByPage(context, "/Home/Index")!);
    }
}
