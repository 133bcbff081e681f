using HipSpine.Engine.Cases;
using HipSpine.Engine.Knowledge;
using HipSpine.Engine.Vocabulary;
using Hl7.Fhir.Model;

namespace HipSpine.Fhir;

/// <summary>
/// Builds the FHIR R4 Questionnaire <c>hipspine-intake</c> from the knowledge base: age and sex, then one
/// item per patient finding (linkId = finding code, text = the plain question) in groups by code prefix; and the
/// clinician's Questionnaire <c>hipspine-exam</c> with the examination and test findings.
/// </summary>
/// <remarks>
/// <c>enableWhen</c> is written for an <c>askIf</c> that is a bool finding (<c>{finding: X}</c>, or with
/// <c>is: false</c>) or an <c>any</c> / <c>all</c> of such findings (with <c>enableBehavior</c>), and for one that
/// depends on sex alone (the pregnancy question's "not male" becomes <c>sex != male</c>). Other shapes (age
/// conditions, mixtures) are left out on purpose: the item is then always enabled, which only means a form may
/// ask one question more than the web interview does; the answers are read the same way.
/// </remarks>
internal static class QuestionnaireBuilder
{
    /// <summary>The linkId of the clinician's group (examination and test findings).</summary>
    public const string ClinicianGroup = "clinician";

    public const string AgeLinkId = "age";
    public const string SexLinkId = "sex";

    private static readonly Dictionary<string, string> GroupTitles = new(StringComparer.Ordinal)
    {
        ["episode"] = "This bout of pain",
        ["where"] = "Where you feel the pain",
        ["pain"] = "The pain: when it comes and what changes it",
        ["stiffness"] = "Stiffness",
        ["func"] = "Walking, standing and moving the hip",
        ["neuro"] = "Numbness, weakness and nerve warning signs",
        ["systemic"] = "Your whole body",
        ["local"] = "Swelling, redness or warmth",
        ["visceral"] = "Tummy, kidneys and the main artery",
        ["vascular"] = "Blood flow to the legs",
        ["hx"] = "Your health background",
        ["psych"] = "How you feel about the pain",
    };

    private static readonly (string Code, string Display)[] Sexes =
        [("female", "Female"), ("male", "Male"), ("other", "Other")];

    /// <summary>The linkId of the group holding a patient finding's item, e.g. <c>group-where</c>.</summary>
    public static string GroupLinkId(FindingDefinition finding) =>
        finding.IsClinicianOnly ? ClinicianGroup : "group-" + Prefix(finding.Code);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeBase, Questionnaire> Built = [];

    /// <summary>The intake Questionnaire of <paramref name="knowledge"/>, built once (readers check answers against it; never modify it).</summary>
    public static Questionnaire For(KnowledgeBase knowledge) => Built.GetValue(knowledge, k =>
    {
        var both = Build(k);
        both.Item.AddRange(BuildExam(k).Item); // every item, so enableWhen is checked on clinician items too
        return both;
    });

    public static Questionnaire Build(KnowledgeBase knowledge, FhirCanonical? canonical = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        canonical ??= FhirCanonical.Default;
        var questionnaire = new Questionnaire
        {
            Id = FhirUris.IntakeQuestionnaireId,
            Url = canonical.IntakeQuestionnaire,
            Version = knowledge.Version,
            Name = "HipSpineIntake",
            Title = "HipSpine intake: hip pain with low back pain",
            Status = PublicationStatus.Active,
            SubjectType = [ResourceType.Patient],
            Publisher = "HipSpine",
            Description = "Questions for triage of hip pain with low back pain, generated from HipSpine knowledge "
                + knowledge.Version + ". Leave a question unanswered when not sure: unanswered is not the same as no. "
                + "HipSpine informs; it does not diagnose.",
        };

        questionnaire.Item.Add(AgeItem());
        questionnaire.Item.Add(SexItem());
        foreach (var group in knowledge.Questions.Where(q => !q.Definition.IsClinicianOnly).GroupBy(q => Prefix(q.Code), StringComparer.Ordinal))
        {
            var item = Group("group-" + group.Key, GroupTitles.GetValueOrDefault(group.Key, group.Key));
            item.Item.AddRange(group.Select(q => FindingItem(q, q.Question, knowledge, canonical)));
            questionnaire.Item.Add(item);
        }

        return questionnaire;
    }

    /// <summary>
    /// The clinician's Questionnaire <c>hipspine-exam</c>: the examination and test findings in clinician wording, in
    /// the group <c>clinician</c>. Kept apart from the intake so a patient's form never shows them; <c>$assess</c>
    /// takes a response to it beside the intake response (parameter <c>exam</c>).
    /// </summary>
    public static Questionnaire BuildExam(KnowledgeBase knowledge, FhirCanonical? canonical = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        canonical ??= FhirCanonical.Default;
        var exam = new Questionnaire
        {
            Id = FhirUris.ExamQuestionnaireId,
            Url = canonical.ExamQuestionnaire,
            Version = knowledge.Version,
            Name = "HipSpineExam",
            Title = "HipSpine examination and test findings (for the clinician)",
            Status = PublicationStatus.Active,
            SubjectType = [ResourceType.Patient],
            Publisher = "HipSpine",
            Description = "Examination and test findings a clinician records, generated from HipSpine knowledge " + knowledge.Version
                + ". Answered beside the patient's " + FhirUris.IntakeQuestionnaireId + " response; leave a finding unanswered when it was not examined.",
        };
        var clinician = Group(ClinicianGroup, "Examination and test results");
        clinician.Item.AddRange(knowledge.Questions.Where(q => q.Definition.IsClinicianOnly).Select(q => FindingItem(q, q.Clinician, knowledge, canonical)));
        exam.Item.Add(clinician);
        return exam;
    }

    private static Questionnaire.ItemComponent AgeItem()
    {
        var item = new Questionnaire.ItemComponent
        {
            LinkId = AgeLinkId,
            Text = "How old are you, in whole years?",
            Type = Questionnaire.QuestionnaireItemType.Integer,
            Required = true,
            Code = [.. Terminology.OfItem(AgeLinkId)],
        };
        AddRange(item, CaseValidator.MinAge, CaseValidator.MaxAge);
        return item;
    }

    private static Questionnaire.ItemComponent SexItem()
    {
        var item = new Questionnaire.ItemComponent
        {
            LinkId = SexLinkId,
            Text = "What is your sex?",
            Type = Questionnaire.QuestionnaireItemType.Choice,
            Code = [.. Terminology.OfItem(SexLinkId)],
        };
        item.AnswerOption.AddRange(Sexes.Select(s => new Questionnaire.AnswerOptionComponent
        {
            Value = new Coding(FhirUris.GenderSystem, s.Code, s.Display),
        }));
        return item;
    }

    private static Questionnaire.ItemComponent Group(string linkId, string text) => new()
    {
        LinkId = linkId,
        Text = text,
        Type = Questionnaire.QuestionnaireItemType.Group,
    };

    private static Questionnaire.ItemComponent FindingItem(FindingQuestion question, string text, KnowledgeBase knowledge, FhirCanonical canonical)
    {
        var definition = question.Definition;
        var item = new Questionnaire.ItemComponent
        {
            LinkId = definition.Code,
            Text = text,
            Code = [.. Terminology.OfItem(definition.Code)],
            Type = definition.Type switch
            {
                FindingType.Bool => Questionnaire.QuestionnaireItemType.Boolean,
                FindingType.Int => Questionnaire.QuestionnaireItemType.Integer,
                _ => Questionnaire.QuestionnaireItemType.Choice,
            },
        };

        if (definition.Type == FindingType.Int)
        {
            AddRange(item, definition.Min, definition.Max);
        }
        else if (definition.Type == FindingType.Choice)
        {
            item.AnswerOption.AddRange(definition.Values.Select(v => new Questionnaire.AnswerOptionComponent
            {
                Value = new Coding(canonical.AnswerSystem, v, question.ChoiceLabels.GetValueOrDefault(v, v)),
            }));
        }

        if (question.AskIf is { } askIf && askIf.TryGetBoolFindingList(out var findings, out var requireAll))
        {
            foreach (var (code, answer) in findings)
            {
                item.EnableWhen.Add(new Questionnaire.EnableWhenComponent
                {
                    Question = code,
                    Operator = Questionnaire.QuestionnaireItemOperator.Equal,
                    Answer = new FhirBoolean(answer),
                });
            }

            if (findings.Count > 1)
            {
                // R4 requires enableBehavior when there is more than one enableWhen (que-12).
                item.EnableBehavior = requireAll ? Questionnaire.EnableWhenBehavior.All : Questionnaire.EnableWhenBehavior.Any;
            }
        }
        else if (question.AskIf is { } sexOnly && ExcludedSexes(sexOnly, knowledge) is { Count: > 0 } excluded)
        {
            // e.g. "Are you pregnant?" ({not: {sex: male}}): asked unless the answer to sex rules it out.
            foreach (var sex in excluded)
            {
                item.EnableWhen.Add(new Questionnaire.EnableWhenComponent
                {
                    Question = SexLinkId,
                    Operator = Questionnaire.QuestionnaireItemOperator.NotEqual,
                    Answer = new Coding(FhirUris.GenderSystem, sex),
                });
            }

            if (excluded.Count > 1)
            {
                item.EnableBehavior = Questionnaire.EnableWhenBehavior.All;
            }
        }

        return item;
    }

    /// <summary>
    /// For an <c>askIf</c> that reads no finding and does not depend on age, the sexes for which it is false (the
    /// item is then enabled unless sex is one of them); empty for any other condition. Found by evaluating the
    /// condition, so any shape of sex condition (<c>sex</c>, <c>not</c>, <c>any</c>) is expressed exactly.
    /// </summary>
    private static List<string> ExcludedSexes(Engine.Conditions.Condition condition, KnowledgeBase knowledge)
    {
        var read = new HashSet<int>();
        condition.CollectFindingIndexes(read);
        if (read.Count > 0)
        {
            return [];
        }

        var excluded = new List<string>();
        foreach (var (sex, _) in Sexes)
        {
            var results = new[] { 20, 45, 80 }.Select(age => condition.Evaluate(Case(knowledge, age, sex))).Distinct().ToArray();
            if (results.Length > 1)
            {
                return []; // depends on age too: not expressible on sex alone
            }

            if (results[0] == Engine.Conditions.Tri.False)
            {
                excluded.Add(sex);
            }
        }

        return excluded;
    }

    private static AssessmentCase Case(KnowledgeBase knowledge, int age, string sex)
    {
        using var document = System.Text.Json.JsonDocument.Parse(
            "{\"age\":" + age.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",\"sex\":\"" + sex + "\",\"findings\":{}}");
        return CaseValidator.Validate(document.RootElement, knowledge.Vocabulary, 1).Case!;
    }

    private static void AddRange(Questionnaire.ItemComponent item, int min, int max)
    {
        item.Extension.Add(new Extension(FhirUris.MinValueExtension, new Integer(min)));
        item.Extension.Add(new Extension(FhirUris.MaxValueExtension, new Integer(max)));
    }

    private static string Prefix(string code)
    {
        var dot = code.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? code : code[..dot];
    }
}
