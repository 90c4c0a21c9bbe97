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
/// of the body the server received as exactly that value, in the same place, and the body's shape (element,
/// field or property names) is the same as for a harmless value — nothing breaks out. A value the client refuses must be
/// refused with a validation error before anything is sent.
/// </summary>
public sealed class BodyInjectionPropertyTests : IAsyncLifetime
{
    private const string Marker = "zzMARKERzz";
    private LeadsEmulator _emulator = null!;

    public async ValueTask InitializeAsync() => _emulator = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => _emulator.DisposeAsync();

    [Theory]
    [InlineData(AimbaseWireFormat.Xml)]
    [InlineData(AimbaseWireFormat.Json)]
    public async Task AimbaseCreateLeadsAsync_ArbitraryLastName_SentVerbatimWithoutChangingTheBody(AimbaseWireFormat format)
    {
        var services = new ServiceCollection();
        ReliabilityOperations.RegisterAimbase(services, _emulator, _emulator.BaseAddress, o => o.Format = format);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IAimbaseClient>();

        await AssertRoundTripsAsync(
            async value =>
            {
                var result = await client.CreateLeadsAsync([ReliabilityOperations.AimbaseLead(value)], cancellationToken: TestContext.Current.CancellationToken);
                Assert.True(Assert.Single(result.Leads).IsSuccess, $"The server refused the lead with LastName {JsonSerializer.Serialize(value)}.");
            },
            ReliabilityOperations.AimbaseCreateJson.PathPrefix,
            "Leads[0].LastName",
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
        ReliabilityOperations.RegisterLeadExec(services, _emulator, _emulator.BaseAddress, _ => { });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ILeadExecClient>();

        await AssertRoundTripsAsync(
            async value =>
            {
                // A fresh email each time: the server refuses a duplicate lead, which is not what this property is about.
                var lead = ReliabilityOperations.LeadExecLead($"{Guid.NewGuid():N}@example.com");
                lead.Fields.Add("Comments", value);
                var result = await client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = lead, Encoding = encoding }, TestContext.Current.CancellationToken);
                Assert.True(result.IsValidPost, $"The server refused Comments {JsonSerializer.Serialize(value)}: {result.ResponseDetails}");
            },
            ReliabilityOperations.LeadExecInsertJson.PathPrefix,
            "Lead.Fields[3].Value",
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
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ICrmApiClient>();

        await AssertRoundTripsAsync(
            async value =>
            {
                var builder = new CrmCreateLeadRequestBuilder(
                    CrmLeadImportance.Importance2,
                    CrmLeadPriority.Priority2,
                    CrmEntityIdentifier.ByName("Sales"),
                    CrmContactInformationIdentifier.ById("C1"),
                    CrmLeadSource.Named(CrmLeadSourceType.Other, "Walk-in"));
                var created = await client.CreateLeadAsync(builder.WithDescription(value).Build(), TestContext.Current.CancellationToken);
                Assert.NotNull(created.Id);
            },
            ReliabilityOperations.CrmCreate.PathPrefix,
            "Description",
            JsonShape,
            maxLength: 200);
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

    /// <summary>
    /// Sends each value. Each one must end in exactly one of two ways: a <see cref="LeadsValidationException"/> whose
    /// errors are all at <paramref name="field"/> (the value's validation path) before anything is sent (nothing reaches the server), or a call the server accepts,
    /// whose one request body, as the server received it, has the baseline's shape and the value verbatim in the
    /// baseline's place. Any other exception fails the test.
    /// </summary>
    private async Task AssertRoundTripsAsync(Func<string, Task> send, string path, string field, Func<string, (List<string> Shape, List<string> Values)> parse, int maxLength)
    {
        var baseline = await SendAcceptedAsync(send, path, Marker);
        var (baselineShape, baselineValues) = parse(baseline);
        var markerIndex = baselineValues.IndexOf(Marker);
        Assert.True(markerIndex >= 0, baseline);

        var sent = 0;
        var refused = 0;
        foreach (var value in Values(maxLength))
        {
            var what = JsonSerializer.Serialize(value);
            _emulator.Requests.Clear();
            var exception = await Record.ExceptionAsync(() => send(value));
            if (exception is LeadsValidationException validation)
            {
                refused++;
                Assert.True(
                    validation.Errors.Count > 0 && validation.Errors.All(e => e.Path == field),
                    $"The value {what} was refused for something other than {field}: {string.Join("; ", validation.Errors)}");
                Assert.True(_emulator.Requests.Count("POST", path) == 0, $"The value {what} was refused, yet a request reached the server.");
                continue;
            }

            Assert.True(exception is null, $"The value {what} ended in {exception}");
            sent++;
            var body = SingleBodyReceived(path);
            var (shape, values) = parse(body);
            Assert.True(baselineShape.SequenceEqual(shape), $"The value {what} changed the body's shape: {body}");
            Assert.Equal(baselineValues.Count, values.Count);
            Assert.True(values[markerIndex] == value, $"The value {what} did not come out verbatim: {body}");
        }

        Assert.True(sent > refused, $"Only {sent} of {sent + refused} values were sent; the property was barely exercised.");
    }

    private async Task<string> SendAcceptedAsync(Func<string, Task> send, string path, string value)
    {
        _emulator.Requests.Clear();
        await send(value);
        return SingleBodyReceived(path);
    }

    /// <summary>The body of the one POST the server received at <paramref name="path"/> (a CRM.COM login goes elsewhere).</summary>
    private string SingleBodyReceived(string path)
        => Assert.Single(_emulator.Requests.All, r => r.Method == "POST" && r.Path.StartsWith(path, StringComparison.OrdinalIgnoreCase)).Body;

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
}
