using System.Buffers.Text;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using HipSpine.Engine.Interview;
using HipSpine.Engine.Knowledge;
using Microsoft.AspNetCore.DataProtection;

namespace HipSpine.Web.Assessments;

/// <summary>
/// Turns the interview state into an opaque, tamper-proof form field and back. The state lives in the
/// page, not in server memory, so any instance can continue the interview and nothing is stored.
/// </summary>
public sealed class InterviewStateProtector(IDataProtectionProvider provider, KnowledgeBase knowledge)
{
    // v2: the JSON is compressed before it is protected, so a step's address and its redirect stay short (nginx's
    // default 4 KB header buffer refuses a longer redirect with 502).
    private readonly IDataProtector protector = provider.CreateProtector("HipSpine.Web.InterviewState.v2");

    public string Protect(InterviewState state)
    {
        var dto = new StateDto(state.Age, state.Sex, state.Steps.Select(s => new StepDto(s.StepId, new(s.Answers, StringComparer.Ordinal))).ToList());
        using var packed = new MemoryStream();
        using (var brotli = new BrotliStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            JsonSerializer.Serialize(brotli, dto);
        }

        return Base64Url.EncodeToString(protector.Protect(packed.ToArray()));
    }

    private string Unpack(string token)
    {
        using var packed = new MemoryStream(protector.Unprotect(Base64Url.DecodeFromChars(token)));
        using var brotli = new BrotliStream(packed, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli);
        return reader.ReadToEnd();
    }

    /// <summary>False when the field is missing, altered, from another key ring, or names unknown answers.</summary>
    public bool TryUnprotect(string? token, out InterviewState state)
    {
        state = InterviewState.Start;
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        try
        {
            var dto = JsonSerializer.Deserialize<StateDto>(Unpack(token));
            if (dto is null)
            {
                return false;
            }

            state = new InterviewState(dto.Age, dto.Sex, dto.Steps.Select(s => new AnsweredStep(s.StepId, s.Answers)).ToArray());
            _ = InterviewAnswers.ToCase(knowledge, state); // throws if an answer no longer fits the vocabulary
            return true;
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException or ArgumentException or InvalidDataException or InvalidOperationException)
        {
            state = InterviewState.Start;
            return false;
        }
    }

    private sealed record StateDto(int? Age, string? Sex, List<StepDto> Steps);

    private sealed record StepDto(string StepId, Dictionary<string, string?> Answers);
}

internal static class InterviewStateServices
{
    public static IServiceCollection AddInterviewState(this IServiceCollection services) =>
        services.AddSingleton<InterviewStateProtector>().AddSingleton<InterviewMemory>();
}
