using Hl7.Fhir.Model;

namespace HipSpine.Fhir;

/// <summary>
/// The CapabilityStatement of <c>GET /fhir/metadata</c>, written from what is mapped: the resource types and search
/// parameters of <see cref="SearchParameters"/>, the operations of <see cref="DefinitionsBuilder"/>, JSON and XML,
/// and the transaction interaction.
/// </summary>
internal static class CapabilityBuilder
{
    public static CapabilityStatement Build(string serverBase, string version, DateTimeOffset now, string securityDescription, FhirCanonical canonical, SmartEndpoints? smart = null)
    {
        var statement = new CapabilityStatement
        {
            Id = "hipspine",
            Url = serverBase + "/metadata",
            Version = version,
            Name = "HipSpine",
            Title = "HipSpine FHIR R4 server",
            Status = PublicationStatus.Active,
            DateElement = new FhirDateTime(now),
            Publisher = "HipSpine",
            Description = "Triage of hip pain with low back pain: the intake Questionnaire and $assess, and each account's record (read and search). HipSpine informs; it does not diagnose.",
            Kind = CapabilityStatementKind.Instance,
            Software = new CapabilityStatement.SoftwareComponent { Name = "HipSpine", Version = version },
            Implementation = new CapabilityStatement.ImplementationComponent { Description = "HipSpine", Url = serverBase },
            FhirVersion = FHIRVersion.N4_0_1,
            Format = ["json", "xml", FhirUris.JsonContentType, FhirFormats.XmlContentType],
        };

        var rest = new CapabilityStatement.RestComponent
        {
            Mode = CapabilityStatement.RestfulCapabilityMode.Server,
            Documentation = "Patient data (Patient, QuestionnaireResponse, RiskAssessment, Observation, CarePlan, Goal) needs a signed-in account and shows "
                + "only the caller's own record, or a record shared with the calling clinician (all data). Definitional resources are public. "
                + "PUT, PATCH and DELETE are not offered (405); HipSpine keeps only the current version of each resource.",
            Security = Security(securityDescription, smart),
            Interaction = [new CapabilityStatement.SystemInteractionComponent { Code = CapabilityStatement.SystemRestfulInteraction.Transaction, Documentation = "QuestionnaireResponses and pain Observations (LOINC 72514-3) of the caller's own record; all or nothing." }],
        };

        foreach (var type in SearchParameters.RecordTypes.Concat(SearchParameters.DefinitionTypes))
        {
            var resource = new CapabilityStatement.ResourceComponent
            {
                Type = type,
                Versioning = CapabilityStatement.ResourceVersionPolicy.Versioned,
                ReadHistory = false,
                UpdateCreate = false,
                ConditionalRead = CapabilityStatement.ConditionalReadStatus.NotMatch,
                Interaction =
                [
                    new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Read },
                    new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.Vread, Documentation = "The current version only." },
                    new CapabilityStatement.ResourceInteractionComponent { Code = CapabilityStatement.TypeRestfulInteraction.SearchType },
                ],
            };
            foreach (var parameter in SearchParameters.Of(type))
            {
                resource.SearchParam.Add(new CapabilityStatement.SearchParamComponent
                {
                    Name = parameter.Name,
                    Definition = parameter.Definition(type),
                    Type = parameter.Type,
                    Documentation = parameter.Documentation,
                });
            }

            if (type == "QuestionnaireResponse")
            {
                resource.Operation.Add(Operation("assess", canonical.Of("OperationDefinition", DefinitionsBuilder.AssessOperationId)));
            }
            else if (type == "Patient")
            {
                resource.Operation.Add(Operation("everything", canonical.Of("OperationDefinition", DefinitionsBuilder.EverythingOperationId)));
            }

            rest.Resource.Add(resource);
        }

        statement.Rest.Add(rest);
        return statement;
    }

    private static CapabilityStatement.OperationComponent Operation(string name, string definition) => new()
    {
        Name = name,
        Definition = definition,
    };

    /// <summary>The security section: with SMART, the service coding and the oauth-uris extension clients discover the endpoints by.</summary>
    private static CapabilityStatement.SecurityComponent Security(string description, SmartEndpoints? smart)
    {
        var security = new CapabilityStatement.SecurityComponent { Cors = smart is not null, Description = description };
        if (smart is null)
        {
            return security;
        }

        security.Service.Add(new CodeableConcept("http://terminology.hl7.org/CodeSystem/restful-security-service", "SMART-on-FHIR", "SMART-on-FHIR"));
        var uris = new Extension { Url = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris" };
        uris.Extension.Add(new Extension("authorize", new FhirUri(smart.Authorize)));
        uris.Extension.Add(new Extension("token", new FhirUri(smart.Token)));
        security.Extension.Add(uris);
        return security;
    }
}

/// <summary>The OAuth 2 endpoints of the SMART App Launch server, for the CapabilityStatement's security section.</summary>
public sealed record SmartEndpoints(string Authorize, string Token);
