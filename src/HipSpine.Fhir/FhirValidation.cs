using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace HipSpine.Fhir;

/// <summary>
/// Validates resources against the base FHIR R4 specification, offline: the spec ships as
/// <c>specification.zip</c> beside the program (Hl7.Fhir.Specification.Data.R4). Building the validator and
/// the first validation of each resource type are slow (about 2 s), so one validator is built lazily and
/// shared.
/// </summary>
internal static class FhirValidation
{
    private static readonly Lazy<Validator> Shared = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    // The validator compiles and caches schemas during its first validations; that it may do so from several
    // threads at once is not documented, so validations take turns. A warm validation takes milliseconds.
    private static readonly Lock Gate = new();

    /// <summary>The error and fatal issues of validating <paramref name="resource"/> (empty when valid).</summary>
    public static IReadOnlyList<OperationOutcome.IssueComponent> Errors(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        OperationOutcome outcome;
        lock (Gate)
        {
            outcome = Shared.Value.Validate(resource);
        }

        return outcome.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .ToArray();
    }

    private static Validator Create()
    {
        var zip = SpecificationZip();
        var source = new CachedResolver(new ZipSource(zip));
        var terminology = new LocalTerminologyService(source);
        return new Validator(source, terminology);
    }

    /// <summary>specification.zip beside the program, else beside this assembly (test hosts may differ).</summary>
    private static string SpecificationZip()
    {
        string[] folders = [AppContext.BaseDirectory, Path.GetDirectoryName(typeof(FhirValidation).Assembly.Location) ?? ""];
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, "specification.zip");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException(
            "specification.zip (package Hl7.Fhir.Specification.Data.R4) was not found beside the program: " + AppContext.BaseDirectory);
    }
}
