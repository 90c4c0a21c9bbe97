using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Delivery.Internal;
using Leads.Sdk.Delivery.Storage;
using Leads.Sdk.Emulator;
using Leads.Sdk.LeadExec.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Leads.Sdk.Delivery.Tests;

/// <summary>
/// The outbox on a temp SQLite file, the three clients on an in-process emulator (real loopback HTTP), and the delivery
/// steps driven by the test: <see cref="StepAsync"/> leases what is due at <see cref="Time"/> and processes it, so
/// backoff and deadlines are tested by moving a fake clock, never by waiting.
/// </summary>
internal sealed class DeliveryHarness : IAsyncDisposable
{
    public const string InsertPath = "/processor/insert/";
    public const string DuplicateCheckPath = "/processor/duplicate/check";
    public const string AimbasePath = "/marketing/api/lead";
    public const string CrmCreatePath = "/crmapi/rest/v2/leads/create";

    private readonly TempDirectory _directory;

    private DeliveryHarness(LeadsEmulator emulator, ServiceProvider services, FakeTimeProvider time, TempDirectory directory, ILeadOutboxStore store)
    {
        Emulator = emulator;
        Services = services;
        Time = time;
        _directory = directory;
        Store = store;
        Outbox = ActivatorUtilities.CreateInstance<LeadOutbox>(services, time);
        Processor = ActivatorUtilities.CreateInstance<LeadDeliveryProcessor>(services, time);
    }

    public LeadsEmulator Emulator { get; }

    public ServiceProvider Services { get; }

    /// <summary>The outbox's clock; starts at the real time (whole milliseconds, as stored) so the emulator's own times are comparable.</summary>
    public FakeTimeProvider Time { get; }

    public ILeadOutbox Outbox { get; }

    public ILeadOutboxStore Store { get; }

    public LeadDeliveryProcessor Processor { get; }

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<DeliveryHarness> StartAsync(Action<LeadDeliveryOptions>? configure = null, Action<IServiceCollection>? services = null, Action<LeadsEmulatorOptions>? configureEmulator = null)
    {
        var emulatorOptions = new LeadsEmulatorOptions();
        configureEmulator?.Invoke(emulatorOptions);
        var emulator = await LeadsEmulator.StartAsync(emulatorOptions, Token);
        var directory = new TempDirectory();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddLeadDelivery(o =>
        {
            o.UseSqlite(directory.File("outbox.db"));
            o.RunWorker = false;
            configure?.Invoke(o);
        });
        AddClients(collection, emulator);
        services?.Invoke(collection);
        var provider = collection.BuildServiceProvider();
        var store = await provider.GetRequiredService<LeadOutboxStoreProvider>().GetAsync(Token);
        return new DeliveryHarness(emulator, provider, new FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds())), directory, store);
    }

    public static void AddClients(IServiceCollection services, LeadsEmulator emulator)
    {
        services.AddAimbaseClient(o =>
        {
            o.BaseAddress = emulator.BaseAddress;
            o.AllowInsecureHttp = true;
            o.Username = emulator.Options.Aimbase.Username;
            o.ApiToken = emulator.Options.Aimbase.ApiToken;
            o.DefaultManufacturerCode = emulator.Options.Aimbase.ManufacturerCode;
        });
        services.AddLeadExecClient(o =>
        {
            o.BaseAddress = emulator.BaseAddress;
            o.AllowInsecureHttp = true;
            o.VendorId = emulator.Options.LeadExec.VendorId;
            o.LeadTypeId = emulator.Options.LeadExec.LeadTypeId;
            o.AffiliateId = emulator.Options.LeadExec.AffiliateId;
            o.Password = emulator.Options.LeadExec.Password;
        });
        services.AddCrmApiClient(o =>
        {
            o.BaseAddress = emulator.BaseAddress;
            o.AllowInsecureHttp = true;
            o.Username = emulator.Options.CrmApi.Username;
            o.Password = emulator.Options.CrmApi.Password;
            o.Organisation = emulator.Options.CrmApi.Organisation;
        });
    }

    public static LeadExecCreateLeadRequest LeadExecRequest(string email, string? lastName = "Hall")
    {
        var lead = new LeadExecLead();
        lead.Fields.Add("FirstName", "John");
        if (lastName is not null)
        {
            lead.Fields.Add("LastName", lastName);
        }

        lead.Fields.Add("Email", email);
        return new LeadExecCreateLeadRequest { Lead = lead };
    }

    public static AimbaseLead AimbaseLead(string lastName = "Hall")
        => new AimbaseLeadBuilder
            {
                LeadSourceName = "Website",
                LeadTypeName = "Request Brochure",
                LeadCategoryName = "Referral Traffic",
                LastName = lastName,
                CountryCode = "US",
            }
            .WithBrands("FLXR")
            .WithCommunicationOptIn(AimbaseCommunicationOptIn.NotOptedIn)
            .Build();

    public static CrmCreateLeadRequest CrmRequest(string description = "Walk-in lead")
    {
        var request = new CrmCreateLeadRequestBuilder(
                CrmLeadImportance.Importance2,
                CrmLeadPriority.Priority2,
                CrmEntityIdentifier.ByName("Sales"),
                CrmContactInformationIdentifier.ById("C1"),
                CrmLeadSource.Named(CrmLeadSourceType.Other, "Walk-in"))
            .Build();
        request.Description = description;
        return request;
    }

    /// <summary>Leases everything due now and processes it, one after another. Returns how many were processed.</summary>
    public async Task<int> StepAsync()
    {
        var leases = await Store.LeaseNextAsync("test-worker", 100, Time.GetUtcNow(), TimeSpan.FromMinutes(2), Token);
        foreach (var lease in leases)
        {
            await Processor.ProcessAsync(Store, lease, Token);
        }

        return leases.Count;
    }

    public async Task<LeadDelivery> GetAsync(LeadDeliveryId id) => (await Outbox.GetAsync(id, Token))!;

    public async Task<LeadOutboxItem> GetItemAsync(LeadDeliveryId id) => (await Store.GetAsync(id.Value, Token))!;

    public int Count(string pathPrefix) => Emulator.Requests.Count("POST", pathPrefix);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Emulator.DisposeAsync();
        _directory.Dispose();
    }
}
