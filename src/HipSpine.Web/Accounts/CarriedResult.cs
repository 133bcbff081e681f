using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Web.Assessments;

namespace HipSpine.Web.Accounts;

/// <summary>
/// A result carried through sign-up or sign-in as its protected interview state ("Save to my account" while
/// signed out): once the account is known the result is saved to it.
/// </summary>
public sealed class CarriedResult(InterviewStateProtector protector, AssessmentEngine engine, HipSpineDbContext db, TimeProvider time)
{
    /// <summary>The id of the saved result, or null when nothing valid was carried.</summary>
    public async Task<Guid?> SaveAsync(string? state, string userId, CancellationToken cancellationToken)
    {
        if (!protector.TryUnprotect(state, out var interview) || interview.Age is null)
        {
            return null;
        }

        var saved = AssessmentStore.Create(engine, interview, userId, time);
        db.SavedAssessments.Add(saved);
        await db.SaveChangesAsync(cancellationToken);
        return saved.Id;
    }

    /// <summary>True when the field holds a result that can be saved (shown as "your result will be saved").</summary>
    public bool IsValid(string? state) => protector.TryUnprotect(state, out var interview) && interview.Age is not null;
}
