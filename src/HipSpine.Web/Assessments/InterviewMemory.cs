using HipSpine.Engine.Interview;
using Microsoft.Extensions.Primitives;

namespace HipSpine.Web.Assessments;

/// <summary>
/// The furthest answers of the person's interview, kept in the browser (a protected, HttpOnly session cookie), so
/// a step reached again by the browser's Back or Forward, the Back button or a "Change" link shows what was
/// answered there. The step's own address still carries the state it continues from; this only fills the form.
/// </summary>
public sealed class InterviewMemory(InterviewStateProtector protector)
{
    private const string Cookie = "hipspine-answers";
    // Browsers keep cookies up to about 4 KB, and a proxy's default header buffer is 4 KB with the redirect's address
    // in it: beyond this, a step reached again shows blank rather than fail.
    private const int MaxCookieLength = 1800;

    public InterviewState? Read(HttpRequest request) =>
        request.Cookies.TryGetValue(Cookie, out var token) && protector.TryUnprotect(token, out var state) ? state : null;

    /// <summary>Remembers <paramref name="state"/> unless it is a shorter copy of what is already remembered (a step back).</summary>
    public void Remember(HttpContext http, InterviewState state)
    {
        ArgumentNullException.ThrowIfNull(http);
        var token = protector.Protect(state);
        if (token.Length > MaxCookieLength)
        {
            return;
        }

        http.Response.Cookies.Append(Cookie, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            Path = "/assess",
            IsEssential = true, // needed for the page to work; holds nothing beyond what the page itself carries
        });
    }

    public static void Forget(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/assess" });
    }

    /// <summary>The remembered answers of one step as the form that step posts (null when it was not answered).</summary>
    public static IFormCollection? FormOf(InterviewState? remembered, InterviewStep step)
    {
        if (remembered is null)
        {
            return null;
        }

        var fields = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        switch (step)
        {
            case AskAboutYou when remembered.Age is { } age:
                fields["age"] = age.ToString(System.Globalization.CultureInfo.InvariantCulture);
                fields["sex"] = remembered.Sex ?? AnswerForm.PreferNotToSay;
                break;
            case AskBodyMap when Answered(remembered, "bodymap") is { } map:
                fields["where"] = map.Answers.Where(a => a.Value == "true").Select(a => a.Key).ToArray();
                if (map.Answers.GetValueOrDefault(PainSide.Code) is { } side)
                {
                    fields[AnswerForm.AnswerField(PainSide.Code)] = side;
                }

                break;
            case AskQuestions ask when Answered(remembered, ask.StepId) is { } answered:
                foreach (var q in ask.Questions)
                {
                    var value = answered.Answers.GetValueOrDefault(q.Code);
                    if (value is null && q.Definition.Type == Engine.Vocabulary.FindingType.Int)
                    {
                        fields[AnswerForm.UnsureField(q.Code)] = "true";
                    }
                    else
                    {
                        fields[AnswerForm.AnswerField(q.Code)] = value ?? AnswerForm.Unsure;
                    }
                }

                break;
            default:
                return null;
        }

        return new FormCollection(fields);
    }

    /// <summary>
    /// After a change: the remembered answers of the steps that follow, taken again as long as the interview asks
    /// those same steps, so the person returns to "Check your answers" without answering everything again.
    /// </summary>
    public static InterviewState Replay(InterviewPlanner planner, InterviewState state, InterviewState? remembered)
    {
        ArgumentNullException.ThrowIfNull(planner);
        if (remembered is null)
        {
            return state;
        }

        for (var guard = 0; guard < 100; guard++)
        {
            var id = planner.Next(state) switch
            {
                AskBodyMap => "bodymap",
                AskQuestions ask => ask.StepId,
                _ => null,
            };
            if (id is null || Answered(remembered, id) is not { } step || state.Steps.Any(s => s.StepId == id))
            {
                return state;
            }

            state = state.With(step);
        }

        return state;
    }

    private static AnsweredStep? Answered(InterviewState state, string stepId) => state.Steps.LastOrDefault(s => s.StepId == stepId);
}
