using System.Collections.Concurrent;
using System.Text.Json;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using Leads.Sdk.Aimbase;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.CrmApi;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Emulator;
using Leads.Sdk.IntegrationTests.Reliability;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Leads.Sdk.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.IntegrationTests.Security;

/// <summary>
/// Property tests over arbitrary strings: a user value sent in an XML element, a form field or a JSON string comes out
/// of the body the client actually sent as exactly that value, in the same place, and the body's shape (element,
/// field or property names) is the same as for a harmless value — nothing breaks out.
/// </summary>
public sealed class BodyInjectionPropertyTests : IAsyncLifetime
{
    private const string Marker = "zzMARKERzz";
    private readonly ConcurrentQueue<string> _bodies = new();
    private LeadsEmulator _emulator = null!;

    public async ValueTask InitializeAsync() => _emulator = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _emulator.DisposeAsync();

    [Theory]
    [InlineData(AimbaseWireFormat.Xml)]
    [InlineData(AimbaseWireFormat.Json)]
    public async Task AimbaseCreateLeadsAsync_ArbitraryLastName_SentVerbatimWithoutChangingTheBody(AimbaseWireFormat format)
    {
        var services = new ServiceCollection();
        ReliabilityOperations.RegisterAimbase(services, _emulator, _emulator.BaseAddress, o => o.Format = format).AddHttpMessageHandler(Recorder);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IAimbaseLeadClient>();

        await AssertRoundTripsAsync(
            value => client.CreateLeadsAsync([ReliabilityOperations.AimbaseLead(value)], cancellationToken: TestContext.Current.CancellationToken),
            format == AimbaseWireFormat.Xml ? XmlShape : JsonShape,
            maxLength: 50);
    }

    [Theory]
    [InlineData(LeadExecEncoding.Form)]
    [InlineData(LeadExecEncoding.Xml)]
    [InlineData(LeadExecEncoding.Json)]
    public async Task LeadExecInsertAsync_ArbitraryFieldValue_SentVerbatimWithoutChangingTheBody(LeadExecEncoding encoding)
    {
        var services = new ServiceCollection();
        ReliabilityOperations.RegisterLeadExec(services, _emulator, _emulator.BaseAddress, _ => { }).AddHttpMessageHandler(Recorder);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ILeadExecClient>();

        await AssertRoundTripsAsync(
            value =>
            {
                var lead = ReliabilityOperations.LeadExecLead("inject@example.com");
                lead.Fields.Add("Comments", value);
                return client.InsertAsync(new LeadExecInsertRequest { Lead = lead, Encoding = encoding }, TestContext.Current.CancellationToken);
            },
            encoding switch
            {
                LeadExecEncoding.Form => FormShape,
                LeadExecEncoding.Xml => XmlShape,
                _ => JsonShape,
            },
            maxLength: 200);
    }

    [Fact]
    public async Task CrmApiCreateLeadAsync_ArbitraryDescription_SentVerbatimWithoutChangingTheBody()
    {
        var services = new ServiceCollection();
        services.AddCrmApiClient(o =>
        {
            o.BaseAddress = _emulator.BaseAddress;
            o.AllowInsecureHttp = true;
            o.Username = _emulator.Options.CrmApi.Username;
            o.Password = _emulator.Options.CrmApi.Password;
            o.Organisation = _emulator.Options.CrmApi.Organisation;
        }).AddHttpMessageHandler(Recorder);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ICrmApiClient>();

        await AssertRoundTripsAsync(
            value =>
            {
                var builder = new CreateLeadRequestBuilder(
                    LeadImportance.Importance2,
                    LeadPriority.Priority2,
                    EntityIdentifier.ByName("Sales"),
                    ContactInformationIdentifier.ById("C1"),
                    LeadSource.Named(LeadSourceType.Other, "Walk-in"));
                return client.CreateLeadAsync(builder.WithDescription(value).Build(), TestContext.Current.CancellationToken);
            },
            JsonShape,
            maxLength: 200,
            bodyFilter: body => !body.Contains("\"password\"", StringComparison.OrdinalIgnoreCase));
    }

    // Half arbitrary strings (mostly refused: control characters), half with only the control characters text may hold.
    private static IEnumerable<string> Values(int maxLength) => ArbMap.Default.GeneratorFor<string>()
        .Where(s => s is not null && s.Length is > 0 and <= 40)
        .Sample(100)
        .SelectMany(s => new[] { s, new string([.. s.Where(c => !char.IsControl(c) || c is '\t' or '\r' or '\n')]) })
        .Where(s => s.Length > 0)
        .Concat(
        [
            "</LastName><Injected>1</Injected><LastName>",
            "<![CDATA[x]]>", "]]>", "&amp;", "&#x0;", "<?pi x?>", "<!-- c -->", "a\"b'c",
            "\",\"Injected\":\"1", "\\\"}", "\\u0022", "}{", "a&vid=1&lid=2", "x=1&y", "%26%3D", "+ +", "%",
            "O'Neil", "Zoë 東京 🚤", " padded ", "\t\r\n", "\r\nX-Injected: 1",
        ])
        .Where(s => s.Length <= maxLength)
        .Distinct();

    private DelegatingHandler Recorder() => new BodyRecorder(_bodies);

    /// <summary>Sends each value; every body the client sent must have the baseline's shape and the value verbatim.</summary>
    private async Task AssertRoundTripsAsync(Func<string, Task> send, Func<string, (List<string> Shape, List<string> Values)> parse, int maxLength, Func<string, bool>? bodyFilter = null)
    {
        var baseline = await SendAsync(send, Marker, bodyFilter);
        Assert.NotNull(baseline);
        var (baselineShape, baselineValues) = parse(baseline);
        var markerIndex = baselineValues.IndexOf(Marker);
        Assert.True(markerIndex >= 0, baseline);

        var sent = 0;
        var refused = 0;
        foreach (var value in Values(maxLength))
        {
            var body = await SendAsync(send, value, bodyFilter);
            if (body is null)
            {
                refused++; // refused by client-side validation before sending (e.g. characters XML cannot carry)
                continue;
            }

            sent++;
            var (shape, values) = parse(body);
            var what = JsonSerializer.Serialize(value);
            Assert.True(baselineShape.SequenceEqual(shape), $"The value {what} changed the body's shape: {body}");
            Assert.Equal(baselineValues.Count, values.Count);
            Assert.True(values[markerIndex] == value, $"The value {what} did not come out verbatim: {body}");
        }

        Assert.True(sent > refused, $"Only {sent} of {sent + refused} values were sent; the property was barely exercised.");
    }

    private async Task<string?> SendAsync(Func<string, Task> send, string value, Func<string, bool>? bodyFilter)
    {
        _bodies.Clear();
        try
        {
            await send(value);
        }
        catch (LeadsValidationException)
        {
            return null;
        }
        catch (LeadsException)
        {
            // The emulator may refuse the value; what matters here is the body that was sent.
        }

        var bodies = _bodies.Where(b => bodyFilter?.Invoke(b) ?? true).ToList();
        return bodies.Count == 0 ? null : bodies[^1];
    }

    private static (List<string> Shape, List<string> Values) XmlShape(string body)
    {
        var document = SafeXml.Parse(body);
        var elements = document.Descendants().ToList();
        return (
            elements.Select(e => e.Name.LocalName + "/" + string.Join(",", e.Attributes().Select(a => a.Name.LocalName))).ToList(),
            elements.Where(e => !e.HasElements).Select(e => e.Value).Concat(elements.SelectMany(e => e.Attributes()).Select(a => a.Value)).ToList());
    }

    private static (List<string> Shape, List<string> Values) JsonShape(string body)
    {
        var shape = new List<string>();
        var values = new List<string>();
        Walk(JsonDocument.Parse(body).RootElement, "$");
        return (shape, values);

        void Walk(JsonElement element, string path)
        {
            shape.Add(path + ":" + element.ValueKind);
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value, path + "." + property.Name);
                    }

                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item, $"{path}[{i++}]");
                    }

                    break;
                case JsonValueKind.String:
                    values.Add(element.GetString()!);
                    break;
                default:
                    values.Add(element.GetRawText());
                    break;
            }
        }
    }

    private static (List<string> Shape, List<string> Values) FormShape(string body)
    {
        var pairs = body.Split('&').Select(p => p.Split('=', 2)).Select(p => (Decode(p[0]), p.Length > 1 ? Decode(p[1]) : string.Empty)).ToList();
        return (pairs.Select(p => p.Item1).ToList(), pairs.Select(p => p.Item2).ToList());

        static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
    }

    private sealed class BodyRecorder(ConcurrentQueue<string> sink) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is not null)
            {
                sink.Enqueue(await request.Content.ReadAsStringAsync(cancellationToken));
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
