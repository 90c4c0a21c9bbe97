using System.ComponentModel;
using System.Net.Http.Headers;
using System.Xml;
using System.Xml.Linq;
using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.Benchmarks.Aimbase;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Benchmarks.EndToEnd;

/// <summary>Aimbase: create a 10-lead batch as XML; every lead accepted. By hand: <see cref="XmlWriter"/> out, <see cref="XDocument"/> in.</summary>
[Description("Aimbase: create a 10-lead batch, XML")]
public class AimbaseXmlEndToEndBenchmarks : EndToEndBenchmarks
{
    private readonly List<AimbaseLead> _leads = AimbaseData.Leads(10);
    private IAimbaseClient _client = null!;
    private string _path = null!;
    private string _authenticate = null!;

    protected override void AddSdkClient(IServiceCollection services) => services.AddAimbaseClient(o =>
    {
        o.BaseAddress = Emulator.BaseAddress;
        o.AllowInsecureHttp = true;
        o.Username = Emulator.Options.Aimbase.Username;
        o.ApiToken = Emulator.Options.Aimbase.ApiToken;
        o.DefaultManufacturerCode = Emulator.Options.Aimbase.ManufacturerCode;
        o.Format = AimbaseWireFormat.Xml;
    });

    protected override Task SetUpAsync(IServiceProvider services)
    {
        _client = services.GetRequiredService<IAimbaseClient>();
        _path = $"marketing/api/lead?manufacturer={Emulator.Options.Aimbase.ManufacturerCode}";
        _authenticate = $"Avala-Api {Emulator.Options.Aimbase.Username}:{Emulator.Options.Aimbase.ApiToken}";
        return Task.CompletedTask;
    }

    protected override async Task HandWrittenCallAsync()
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer))
        {
            BaselineAimbaseXml.WriteLeads(writer, _leads);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, _path)
        {
            Content = new ByteArrayContent(buffer.GetBuffer(), 0, (int)buffer.Length) { Headers = { ContentType = new MediaTypeHeaderValue("application/xml") } },
        };
        request.Headers.TryAddWithoutValidation("Authenticate", _authenticate);
        using var response = await HandWrittenHttp.SendAsync(request);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        var document = await XDocument.LoadAsync(stream, LoadOptions.None, CancellationToken.None);
        Accepted.Check(document.Root!.Elements("Lead").Count(l => (string?)l.Element("Status") == "Success"), _leads.Count);
    }

    protected override async Task SdkCallAsync()
    {
        var result = await _client.CreateLeadsAsync(_leads);
        Accepted.Check(result.Leads.Count(r => r.Status == AimbaseLeadStatus.Success), _leads.Count);
    }
}
