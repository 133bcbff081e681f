using Hl7.Fhir.Model;

namespace HipSpine.Fhir;

/// <summary>
/// Standard codes beside HipSpine's own: LOINC for the Questionnaire items that have an exact LOINC or SNOMED CT
/// concept, SNOMED CT and ICD-10 (WHO) for the sources that have one. Only codes whose meaning matches the item
/// or source exactly are listed; everything else carries HipSpine's code alone (docs/fhir.md lists which).
/// </summary>
internal static class Terminology
{
    public const string Loinc = "http://loinc.org";
    public const string Snomed = "http://snomed.info/sct";
    public const string Icd10 = "http://hl7.org/fhir/sid/icd-10";

    private static readonly Dictionary<string, Coding[]> Items = new(StringComparer.Ordinal)
    {
        ["age"] = [new(Loinc, "30525-0", "Age")],
        ["sex"] = [new(Loinc, "46098-0", "Sex")],
        ["where.low_back"] = [new(Snomed, "279039007", "Low back pain")],
        // The vital signs (knowledge 1.69.0) are answered in the LOINC concept's own unit (per minute, mmHg); the
        // temperature is not coded, because its answer is in tenths of a degree, not the 8310-5 unit.
        ["exam.heart_rate_bpm"] = [new(Loinc, "8867-4", "Heart rate")],
        ["exam.systolic_bp_mmhg"] = [new(Loinc, "8480-6", "Systolic blood pressure")],
        ["exam.respiratory_rate"] = [new(Loinc, "9279-1", "Respiratory rate")],
    };

    private static readonly Dictionary<string, Coding[]> Sources = new(StringComparer.Ordinal)
    {
        ["hip_oa"] = [new(Snomed, "239872002", "Osteoarthritis of hip"), new(Icd10, "M16.9", "Coxarthrosis, unspecified")],
        ["gtps"] = [new(Icd10, "M70.6", "Trochanteric bursitis")],
        ["lumbar_radiculopathy"] = [new(Icd10, "M54.1", "Radiculopathy")],
        ["lumbar_stenosis"] = [new(Icd10, "M48.0", "Spinal stenosis")],
        ["mechanical_lbp"] = [new(Snomed, "279039007", "Low back pain"), new(Icd10, "M54.5", "Low back pain")],
        ["axspa"] = [new(Snomed, "9631008", "Ankylosing spondylitis"), new(Icd10, "M45", "Ankylosing spondylitis")],
        ["cauda_equina"] = [new(Icd10, "G83.4", "Cauda equina syndrome")],
        ["septic_hip"] = [new(Icd10, "M00.9", "Pyogenic arthritis, unspecified")],
        ["hip_fracture"] = [new(Icd10, "S72.0", "Fracture of neck of femur")],
        ["aaa"] = [new(Icd10, "I71.4", "Abdominal aortic aneurysm, without mention of rupture")],
        ["vascular_claudication"] = [new(Icd10, "I73.9", "Peripheral vascular disease, unspecified")],
    };

    /// <summary>The standard codes of a Questionnaire item (by linkId); empty when none matches exactly.</summary>
    public static IEnumerable<Coding> OfItem(string linkId) => Items.TryGetValue(linkId, out var codes) ? codes.Select(c => (Coding)c.DeepCopy()) : [];

    /// <summary>The standard codes of a source (by HipSpine id); empty when none matches exactly.</summary>
    public static IEnumerable<Coding> OfSource(string sourceId) => Sources.TryGetValue(sourceId, out var codes) ? codes.Select(c => (Coding)c.DeepCopy()) : [];

    /// <summary>The items and sources with standard codes (for the documentation test).</summary>
    public static IReadOnlyCollection<string> CodedItems => Items.Keys;

    public static IReadOnlyCollection<string> CodedSources => Sources.Keys;
}
