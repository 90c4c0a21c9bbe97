// Native AOT smoke test: registers all four clients with DI (as users do), calls each against the emulator running
// in a separate process, and exits non-zero on any failure. Published with PublishAot and zero trim/AOT warnings.
// Usage: Leads.Sdk.AotSmoke <emulator base address>   (run.sh starts the emulator and passes its address)
using Leads.Sdk;
using Leads.Sdk.AotSmoke;
using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.OData;
using Leads.Sdk.CrmApi;
using Leads.Sdk.LeadExec;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

if (args.Length != 1 || !Uri.TryCreate(args[0], UriKind.Absolute, out var emulator))
{
    Console.Error.WriteLine("usage: Leads.Sdk.AotSmoke <emulator base address>");
    return 2;
}

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);

// Two clients bound from configuration (the trim-safe binding generator path), two configured in code.
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Leads:Aimbase:BaseAddress"] = emulator.ToString(),
    ["Leads:Aimbase:AllowInsecureHttp"] = "true",
    ["Leads:Aimbase:Username"] = EmulatorCredentials.AimbaseUsername,
    ["Leads:Aimbase:ApiToken"] = EmulatorCredentials.AimbaseApiToken,
    ["Leads:Aimbase:DefaultManufacturerCode"] = EmulatorCredentials.AimbaseManufacturerCode,
    ["Leads:Aimbase:Format"] = "Xml",
    ["Leads:CrmApi:BaseAddress"] = emulator.ToString(),
    ["Leads:CrmApi:AllowInsecureHttp"] = "true",
    ["Leads:CrmApi:Username"] = EmulatorCredentials.CrmUsername,
    ["Leads:CrmApi:Password"] = EmulatorCredentials.CrmPassword,
    ["Leads:CrmApi:Organisation"] = EmulatorCredentials.CrmOrganisation,
});
builder.Services.AddAimbaseClient(builder.Configuration.GetSection("Leads:Aimbase"));
builder.Services.AddAimbaseClient(SmokeChecks.AimbaseJsonClientName, o =>
{
    o.BaseAddress = emulator;
    o.AllowInsecureHttp = true;
    o.Username = EmulatorCredentials.AimbaseUsername;
    o.ApiToken = EmulatorCredentials.AimbaseApiToken;
    o.DefaultManufacturerCode = EmulatorCredentials.AimbaseManufacturerCode;
    o.Format = AimbaseWireFormat.Json;
});
builder.Services.AddCrmApiClient(builder.Configuration.GetSection("Leads:CrmApi"));
builder.Services.AddAimbaseODataClient(o =>
{
    o.BaseAddress = emulator;
    o.AllowInsecureHttp = true;
    o.Username = EmulatorCredentials.ODataUsername;
    o.ApiToken = EmulatorCredentials.ODataApiToken;
});
builder.Services.AddLeadExecClient(o =>
{
    o.BaseAddress = emulator;
    o.AllowInsecureHttp = true;
    o.VendorId = EmulatorCredentials.LeadExecVendorId;
    o.LeadTypeId = EmulatorCredentials.LeadExecLeadTypeId;
    o.AffiliateId = EmulatorCredentials.LeadExecAffiliateId;
    o.Password = EmulatorCredentials.LeadExecPassword;
});

using var host = builder.Build();
using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
var failures = 0;
foreach (var (name, check) in SmokeChecks.All)
{
    try
    {
        var outcome = await check(host.Services, timeout.Token);
        Console.WriteLine($"OK     {name}: {outcome}");
    }
    catch (Exception exception)
    {
        failures++;
        Console.WriteLine($"FAILED {name}: {exception.GetType().Name}: {exception.Message}");
    }
}

Console.WriteLine(failures == 0 ? "AOT smoke: all checks passed." : $"AOT smoke: {failures} check(s) failed.");
return failures == 0 ? 0 : 1;
