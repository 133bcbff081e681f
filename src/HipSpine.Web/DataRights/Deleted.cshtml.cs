using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HipSpine.Web.DataRights;

/// <summary>Shown after an account was deleted (the person is signed out by then).</summary>
[Authorize(Policy = Policies.Public)]
public sealed class DeletedModel : PageModel
{
    public void OnGet()
    {
    }
}
