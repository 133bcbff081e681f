using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace HipSpine.Web.Accounts;

/// <summary><c>POST /account/signout</c>: the sign-out button; it ends every session of the account.</summary>
internal static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/account/signout", SignOutAsync).WithName("SignOut").RequireAuthorization(Policies.Public).ExcludeFromDescription(); // signed out already: just home
        return routes;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, LinkGenerator links)
    {
        // The endpoint binds no form, so UseAntiforgery does not check it: check here (no cross-site sign-out).
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        // Signing out ends every session of the account, not just this browser's: a copied cookie stops working too.
        if (await users.GetUserAsync(context.User) is { } user)
        {
            await Sessions.EndAllAsync(users, user);
        }

        await signIn.SignOutAsync();
        return TypedResults.Redirect(links.GetPathByPage(context, "/Home/Index")!);
    }
}
