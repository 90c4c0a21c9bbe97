using System.Net;
using System.Xml;
using Leads.Sdk.Aimbase;
using Leads.Sdk.Emulator;
using Leads.Sdk.Emulator.Faults;
using Leads.Sdk.IntegrationTests.Reliability;
using Leads.Sdk.LeadExec;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.IntegrationTests.Security;

/// <summary>
/// XML responses carrying a DTD, an external entity or an entity-expansion bomb are refused as unreadable by the
/// clients that read XML (Aimbase XML, LeadExec XML), and nothing they point at is ever fetched.
/// </summary>
public sealed class HostileXmlResponseTests : IAsyncLifetime
{
    private readonly HitCountingListener _listener = new();
    private LeadsEmulator _emulator = null!;

    public static TheoryData<string> Payloads { get; } = [.. PayloadNames];

    private static IEnumerable<string> PayloadNames => ["InternalEntity", "ExternalEntity", "ExternalDtd", "ParameterEntity", "BillionLaughs"];

    public async ValueTask InitializeAsync() => _emulator = await LeadsEmulator.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _listener.Dispose();
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task AimbaseCreateLeadsAsync_HostileXmlResponse_UnreadableAndNothingFetched(string payload)
    {
        using var provider = Provider(services => ReliabilityOperations.RegisterAimbase(services, _emulator, _emulator.BaseAddress, o => o.Format = AimbaseWireFormat.Xml));
        var client = provider.GetRequiredService<IAimbaseClient>();
        _emulator.Faults.Next("/marketing/api/lead", EmulatorFault.Status(HttpStatusCode.Created, Hostile(payload, "Leads"), "application/xml"));

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(
            () => client.CreateLeadsAsync([ReliabilityOperations.AimbaseLead()], cancellationToken: TestContext.Current.CancellationToken));

        AssertNotExpanded(exception);
        Assert.Equal(0, _listener.Hits);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task AimbaseCreateLeadsAsync_HostileXmlErrorBody_ApiErrorAndNothingFetched(string payload)
    {
        using var provider = Provider(services => ReliabilityOperations.RegisterAimbase(services, _emulator, _emulator.BaseAddress, o => o.Format = AimbaseWireFormat.Xml));
        var client = provider.GetRequiredService<IAimbaseClient>();
        _emulator.Faults.Next("/marketing/api/lead", EmulatorFault.Status(HttpStatusCode.BadRequest, Hostile(payload, "Error"), "application/xml"));

        var exception = await Assert.ThrowsAnyAsync<LeadsApiException>(
            () => client.CreateLeadsAsync([ReliabilityOperations.AimbaseLead()], cancellationToken: TestContext.Current.CancellationToken));

        AssertNotExpanded(exception);
        Assert.Equal(0, _listener.Hits);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task LeadExecInsertAsync_HostileXmlResponse_UnreadableAndNothingFetched(string payload)
    {
        using var provider = Provider(services => ReliabilityOperations.RegisterLeadExec(services, _emulator, _emulator.BaseAddress, o => o.ResponseFormat = LeadExecResponseFormat.Xml));
        var client = provider.GetRequiredService<ILeadExecClient>();
        _emulator.Faults.Next("/processor/insert/", EmulatorFault.Status(HttpStatusCode.OK, Hostile(payload, "Response"), "application/xml"));

        var exception = await Assert.ThrowsAsync<LeadsUnreadableResponseException>(
            () => client.CreateLeadAsync(new LeadExecCreateLeadRequest { Lead = ReliabilityOperations.LeadExecLead("xxe@example.com") }, TestContext.Current.CancellationToken));

        AssertNotExpanded(exception);
        Assert.Equal(0, _listener.Hits);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task LeadExecCheckDuplicateAsync_HostileXmlErrorBody_ApiErrorAndNothingFetched(string payload)
    {
        using var provider = Provider(services => ReliabilityOperations.RegisterLeadExec(services, _emulator, _emulator.BaseAddress, o => o.ResponseFormat = LeadExecResponseFormat.Xml));
        var client = provider.GetRequiredService<ILeadExecClient>();
        _emulator.Faults.Next("/processor/duplicate/", EmulatorFault.Status(HttpStatusCode.InternalServerError, Hostile(payload, "Response"), "application/xml"), count: 5);
        var check = new LeadExecCheckDuplicateLeadRequest();
        check.Fields.Add("Email", "xxe@example.com");

        var exception = await Assert.ThrowsAnyAsync<LeadsApiException>(() => client.CheckDuplicateLeadAsync(check, TestContext.Current.CancellationToken));

        AssertNotExpanded(exception);
        Assert.Equal(0, _listener.Hits);
        _emulator.Faults.Clear();
    }

    [Theory]
    [InlineData("ExternalEntity")]
    [InlineData("ExternalDtd")]
    [InlineData("ParameterEntity")]
    public void HitCountingListener_PermissiveXmlReader_CountsTheFetch(string payload)
    {
        // Control: a reader that resolves external resources does reach the listener, so a zero above means something.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
        try
        {
            using var reader = XmlReader.Create(new StringReader(Hostile(payload, "Leads")), settings);
            while (reader.Read())
            {
            }
        }
        catch (Exception e) when (e is XmlException or IOException or WebException or HttpRequestException)
        {
            // The listener closes the connection without answering; the attempt is what counts.
        }

        Assert.True(_listener.Hits > 0);
    }

    private string Hostile(string payload, string root) => payload switch
    {
        "InternalEntity" => $"<?xml version=\"1.0\"?><!DOCTYPE {root} [<!ENTITY x \"EXPANDED\">]><{root}><Message>&x;</Message></{root}>",
        "ExternalEntity" => $"<?xml version=\"1.0\"?><!DOCTYPE {root} [<!ENTITY x SYSTEM \"{_listener.Address}entity\">]><{root}><Message>&x;</Message></{root}>",
        "ExternalDtd" => $"<?xml version=\"1.0\"?><!DOCTYPE {root} SYSTEM \"{_listener.Address}doc.dtd\"><{root}><Message>EXPANDED</Message></{root}>",
        "ParameterEntity" => $"<?xml version=\"1.0\"?><!DOCTYPE {root} [<!ENTITY % p SYSTEM \"{_listener.Address}param\"> %p;]><{root}/>",
        "BillionLaughs" => $"<?xml version=\"1.0\"?><!DOCTYPE {root} [<!ENTITY a \"EXPANDED\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]><{root}><Message>&h;</Message></{root}>",
        _ => throw new ArgumentOutOfRangeException(nameof(payload)),
    };

    private static ServiceProvider Provider(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services.BuildServiceProvider();
    }

    // The raw body may be quoted in the excerpt; an expanded entity would appear as the parsed error message.
    private static void AssertNotExpanded(LeadsRequestException exception)
        => Assert.DoesNotContain("EXPANDED", exception.ErrorMessage ?? string.Empty, StringComparison.Ordinal);
}
