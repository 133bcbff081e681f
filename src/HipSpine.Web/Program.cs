using HipSpine.Data;
using HipSpine.Web.Accounts;
using HipSpine.Web.Api;
using HipSpine.Web.Assessments;
using HipSpine.Web.Audit;
using HipSpine.Web.Clinician;
using HipSpine.Web.DataRights;
using HipSpine.Web.Fhir;
using HipSpine.Web.Hosting;
using HipSpine.Web.Plans;
using HipSpine.Web.Reports;
using HipSpine.Web.Smart;
using HipSpine.Web.Story;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHipSpineEngine(builder.Configuration); // knowledge loaded once; start-up fails listing its errors
builder.Services.AddHipSpineData();                        // SQLite or PostgreSQL, DataProtection keys stored there
builder.Services.AddInterviewState();                      // the interview state travels in a protected form field
builder.Services.AddFreeText();                            // "Tell us in your own words": the extractor and its hand-over to the interview
builder.Services.AddHipSpineAccounts(builder.Configuration); // Identity with our own pages; TimeProvider for "now"
builder.Services.AddHipSpinePolicies();                     // named policies every endpoint declares (Hosting/Policies.cs)
builder.Services.AddHipSpinePlans();                        // plan, diary and progress pages
builder.Services.AddHipSpineSharing();                      // share grants: who may see whose records
builder.Services.AddHipSpineAudit();                        // who read or wrote whose data
builder.Services.AddHipSpineFhir();                         // the FHIR service behind /fhir and the "My data" download
builder.Services.AddHipSpineDataRights();                   // delete my account and all my data
builder.Services.AddRazorPages(o => o.RootDirectory = "/"); // feature folders: Home/, Assessments/, Learn/
builder.Services.AddProblemDetails();
builder.Services.AddAssessApiJson();                        // source-generated JSON for the contract types
builder.Services.AddOpenApi();
builder.Services.AddHipSpineHardening(builder.Configuration); // headers, cookies, rate and size limits, HTTPS (docs/reliability.md)
builder.Services.AddHipSpineDataLimits();                     // date window, per-account quotas, chart length (Limits:*)
builder.Services.AddHipSpinePublicLinks();                    // absolute links from Hosting:PublicBaseUrl, never from Host
builder.Services.AddHipSpineProxy();                          // forwarded headers from Proxy:TrustedProxies only (docs/deployment.md)
builder.Services.AddHipSpineSmart(builder.Configuration);     // SMART on FHIR: OpenIddict server, bearer tokens on /fhir, CORS for registered clients

var app = builder.Build();

await app.Services.MigrateHipSpineDatabaseAsync();

app.UseHipSpineProxy();      // first: the client's address and scheme from a trusted proxy; X-HipSpine-Instance
app.UseExceptionHandler();  // unexpected errors become problem details, never stack traces
app.UseStatusCodePages();
app.UseHipSpineHardening();
app.UseStaticFiles();
app.UseRouting();           // explicit, so the next line sees which page a request is for
app.UseCors();              // registered clients' origins only, on /fhir and the token endpoint (Smart/SmartCorsPolicy.cs)
app.UsePageMethodsOnly();   // pages answer GET, HEAD and POST; anything else 405
app.UseAuthentication();
app.UseRateLimiter();       // after authentication: signed-in accounts are limited per account, not per address
app.UseAuthorization();
app.UseAntiforgery();

app.MapGet("/healthz", () => "ok").RequireAuthorization(Policies.Public).ExcludeFromDescription(); // liveness, and the trivial baseline of the HTTP benchmark
app.MapOpenApi().RequireAuthorization(Policies.Public);
app.MapAssessApi();
app.MapExtractApi();
app.MapSavedAssessments();
app.MapFhir();
app.MapSmart();
app.MapAccounts();
app.MapHipSpinePlans();
app.MapReports();
app.MapRazorPages();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
