using System.CommandLine;
using HipSpine.Engine.Assessment;
using HipSpine.Fhir;

namespace HipSpine.Cli.Commands;

/// <summary><c>hipspine fhir questionnaire</c>: the HL7 FHIR R4 intake Questionnaire generated from the knowledge.</summary>
internal static class FhirCommand
{
    public static Command Create(Option<string?> knowledge, CliConsole console)
    {
        var questionnaire = new Command("questionnaire", $"Print the intake Questionnaire ({FhirService.QuestionnaireUrl}) as FHIR JSON.");
        questionnaire.SetAction(parse => Questionnaire(parse.GetValue(knowledge), console));
        return new Command("fhir", "HL7 FHIR R4 resources.") { questionnaire };
    }

    private static int Questionnaire(string? knowledgePath, CliConsole console)
    {
        if (KnowledgeOption.Load(knowledgePath, console) is not { } knowledge)
        {
            return KnowledgeOption.BrokenKnowledgeExitCode;
        }

        console.Out.WriteLine(new FhirService(new AssessmentEngine(knowledge)).QuestionnaireJson(pretty: true));
        return 0;
    }
}
