// The C# blocks of src/Leads.Sdk.Emulator/README.md, compiled as written (ReadmeSnippetTests checks they match).
using System.Globalization;
using System.Net;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.CrmApi;
using Leads.Sdk.Emulator.Faults;
using Leads.Sdk.Emulator.Redirects;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Leads.Sdk.Samples.Snippets;

internal static class EmulatorSnippets
{
    public static async Task StartItAsync(CancellationToken cancellationToken)
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: cancellationToken);
        Console.WriteLine(emulator.BaseAddress);   // for example http://127.0.0.1:54321/
    }

    public static async Task StartWithOptionsAsync(CancellationToken cancellationToken)
    {
        var options = new LeadsEmulatorOptions { Port = 5080 };
        options.Aimbase.LeadSourceNames.Add("Billboard");   // a Lead Source "in the system"
        options.LeadExec.RequiredFields.Add("Phone");        // every insert must carry it
        options.CrmApi.TokenLifetime = TimeSpan.FromMinutes(5);
        await using var emulator = await LeadsEmulator.StartAsync(options, cancellationToken);
    }

    public static void PointEachClientAtIt(LeadsEmulator emulator, HostApplicationBuilder builder)
    {
        var address = emulator.BaseAddress.ToString();
        var fake = emulator.Options;
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Leads:Aimbase:BaseAddress"] = address,
            ["Leads:Aimbase:AllowInsecureHttp"] = "true",
            ["Leads:Aimbase:Username"] = fake.Aimbase.Username,
            ["Leads:Aimbase:ApiToken"] = fake.Aimbase.ApiToken,
            ["Leads:AimbaseOData:BaseAddress"] = address,
            ["Leads:AimbaseOData:AllowInsecureHttp"] = "true",
            ["Leads:AimbaseOData:Username"] = fake.AimbaseOData.Username,
            ["Leads:AimbaseOData:ApiToken"] = fake.AimbaseOData.ApiToken,
            ["Leads:LeadExec:BaseAddress"] = address,
            ["Leads:LeadExec:AllowInsecureHttp"] = "true",
            ["Leads:LeadExec:VendorId"] = fake.LeadExec.VendorId.ToString(CultureInfo.InvariantCulture),
            ["Leads:LeadExec:LeadTypeId"] = fake.LeadExec.LeadTypeId.ToString(CultureInfo.InvariantCulture),
            ["Leads:LeadExec:AffiliateId"] = fake.LeadExec.AffiliateId.ToString(CultureInfo.InvariantCulture),
            ["Leads:LeadExec:Password"] = fake.LeadExec.Password,
            ["Leads:CrmApi:BaseAddress"] = address,
            ["Leads:CrmApi:AllowInsecureHttp"] = "true",
            ["Leads:CrmApi:Username"] = fake.CrmApi.Username,
            ["Leads:CrmApi:Password"] = fake.CrmApi.Password,
            ["Leads:CrmApi:Organisation"] = fake.CrmApi.Organisation,
        });
    }

    public static void Faults(LeadsEmulator emulator)
    {
        emulator.Faults.Next("/marketing/api/lead", EmulatorFault.HtmlPage());
        emulator.Faults.Next("/processor/insert", EmulatorFault.TooManyRequests(seconds: 2), count: 3);
        emulator.Faults.Next("/crmapi/rest/v2/leads/create", EmulatorFault.CloseAfterRequest());
    }

    public static void FaultWindows(LeadsEmulator emulator)
    {
        emulator.Faults.Outage("/processor/", TimeSpan.FromSeconds(30));                        // LeadExec down for 30 s
        emulator.Faults.During("/marketing/api/lead", EmulatorFault.Delayed(TimeSpan.FromSeconds(5)), TimeSpan.FromMinutes(1));
        emulator.Faults.During("/crmapi/rest/v2/leads/create", EmulatorFault.DropAfterProcessing(), Timeout.InfiniteTimeSpan);
    }

    public static void HostileServers(LeadsEmulator emulator)
    {
        emulator.Faults.Next("/odata/V2/Leads", EmulatorFault.EchoRequest(HttpStatusCode.BadRequest, EmulatorEchoStyle.JsonEscapedTwice));
        emulator.Faults.Next(
            "/crmapi/rest/v2/leads/create",
            EmulatorFault.EchoRequest(HttpStatusCode.OK, jsonTemplate: """{"status":{"code":"E1","message":{echo}},"data":null}"""));
        emulator.Faults.Next("/processor/insert", EmulatorFault.CredentialInField("isValidPost", EmulatorCredential.Password));
        emulator.Faults.Next("/odata/V2/Leads", EmulatorFault.InvalidUtf8());
    }

    public static int Redirects(LeadsEmulator emulator)
    {
        var otherOrigin = emulator.LocalhostAddress();   // the same server as "localhost": another origin
        emulator.Redirect("/marketing/api/lead", HttpStatusCode.TemporaryRedirect, otherOrigin);
        emulator.Faults.Next("/processor/insert", EmulatorRedirects.To(HttpStatusCode.Found, new Uri("https://elsewhere.example/")));
        emulator.Redirect("/odata/V2/Leads", HttpStatusCode.MovedPermanently, emulator.BaseAddress, count: 10);   // a loop

        // After the calls: nothing may have reached the other origin.
        var followed = emulator.Requests.CountAt(otherOrigin);
        return followed;
    }

    public static int RequestLog(LeadsEmulator emulator)
    {
        var posts = emulator.Requests.Count("POST", "/marketing/api/lead");
        foreach (var request in emulator.Requests.All)
        {
            Console.WriteLine($"{request.Method} {request.Path}{request.Query}: {request.Body.Length} characters");
        }

        emulator.Requests.Clear();
        return posts;
    }

    public static void CrmApiState(LeadsEmulator emulator)
    {
        var crm = emulator.CrmApi();
        crm.ExpireAllTokens();   // the next call must log in again
        Console.WriteLine($"{crm.LoginCount} logins, {crm.Leads.Count} leads created");
    }

    // The repository README's "Testing your code".
    public static async Task RootReadmeAsync(CancellationToken ct)
    {
        await using var emulator = await LeadsEmulator.StartAsync(cancellationToken: ct);
        emulator.Faults.Next("/marketing/api/lead", EmulatorFault.HtmlPage());
    }
}
