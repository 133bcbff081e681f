using HipSpine.Data;
using HipSpine.Engine.Knowledge;
using HipSpine.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HipSpine.Web.Admin;

/// <summary>
/// The administrator's status page: what is running and how much is stored, as counts only. It shows no
/// account, email or record: an administrator runs the service and reads no patient's data (on anyone's
/// records they get 404 like every other account).
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(HipSpineDbContext db, KnowledgeBase knowledge, IOptions<DatabaseOptions> database) : PageModel
{
    public string KnowledgeVersion => knowledge.Version;

    public string DatabaseProvider => database.Value.Provider;

    public int Accounts { get; private set; }

    public int Assessments { get; private set; }

    public int DiaryEntries { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Accounts = await db.Users.CountAsync(cancellationToken);
        Assessments = await db.SavedAssessments.CountAsync(cancellationToken);
        DiaryEntries = await db.DiaryEntries.CountAsync(cancellationToken);
    }
}
