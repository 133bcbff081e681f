using System.CommandLine;
using HipSpine.Engine.Assessment;
using HipSpine.Engine.Care;
using HipSpine.Engine.Knowledge;

namespace HipSpine.Cli.Commands;

/// <summary><c>hipspine plan CASE.json</c>: treatment options with cautions, phases and exercises, as JSON.</summary>
internal static class PlanCommand
{
    public static Command Create(Option<string?> knowledge, CliConsole console)
    {
        var file = new Argument<string?>("file") { Description = "One case (JSON); '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrOne };
        var setting = SettingOption.Create();
        var command = new Command("plan", "Print the recovery plan for a case: options with cautions, phases, exercises (JSON).") { file, setting };
        command.SetAction(parse => Run(parse.GetValue(file), parse.GetValue(setting), parse.GetValue(knowledge), console));
        return command;
    }

    private static int Run(string? file, CareSetting setting, string? knowledgePath, CliConsole console)
    {
        AssessmentEngine? engine = null;
        return CaseInput.ForEachCase(file, knowledgePath, console, (knowledge, subject) =>
        {
            engine ??= new AssessmentEngine(knowledge, setting);
            var plan = RecoveryPlanner.Plan(knowledge, engine.Assess(subject), subject);
            console.Out.WriteLine(PlanDocument.Serialize(plan, subject.Id));
        });
    }
}
