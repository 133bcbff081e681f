using HipSpine.Tests.Shared;

namespace HipSpine.Fhir.Tests;

/// <summary>The FHIR service over the shared knowledge fixture (<see cref="Kb"/>).</summary>
internal static class FhirFixture
{
    public static FhirService Service { get; } = new(Kb.Engine);
}
