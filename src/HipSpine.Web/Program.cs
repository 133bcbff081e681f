using HipSpine.Data;
using HipSpine.Web.Api;
using HipSpine.Web.Assessments;
using HipSpine.Web.Fhir;
using HipSpine.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHipSpineEngine(builder.Configuration); // knowledge loaded once; start-up fails listing its errors
builder.Services.AddHipSpineData();                        // SQLite or PostgreSQL, DataProtection keys stored there
builder.Services.AddInterviewState();                      // the interview state travels in a protected form field
builder.Services.AddRazorPages(o => o.RootDirectory = "/"); // feature folders: Home/, Assessments/, Learn/
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddHipSpineHardening(builder.Configuration); // headers, cookies, rate and size limits, HTTPS (docs/reliability.md)

var app = builder.Build();

await app.Services.MigrateHipSpineDatabaseAsync();

app.UseExceptionHandler();  // unexpected errors become problem details, never stack traces
app.UseStatusCodePages();
app.UseHipSpineHardening();
app.UseStaticFiles();
app.UseAntiforgery();

app.MapGet("/healthz", () => "ok").ExcludeFromDescription(); // liveness, and the trivial baseline of the HTTP benchmark
app.MapOpenApi();
app.MapAssessApi();
app.MapSavedAssessments();
app.MapFhir();
app.MapRazorPages();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
