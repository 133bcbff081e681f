using HipSpine.Data;
using HipSpine.Engine.Assessment;
using HipSpine.Web.Assessments;
using HipSpine.Web.Hosting;

namespace HipSpine.Web.Accounts;

/// <summary>
/// A result carried through sign-up or sign-in as its protected interview state ("Save to my account" while
/// signed out): once the account is known the result is saved to it.
/// </summary>
public sealed class CarriedResult(InterviewStateProtector protector, AssessmentEngine engine, HipSpineDbContext db, TimeProvider time, DataLimits limits)
{
    /// <summary>The id of the saved result, or null when nothing valid was carried or the account's daily quota is used up.</summary>
    public async Task<Guid?> SaveAsync(string? state, string userId, CancellationToken cancellationToken)
    {
        if (!protector.TryUnprotect(state, out var interview) || interview.Age is null
            || await limits.AssessmentsFullAsync(db, userId, 1, cancellationToken))
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
