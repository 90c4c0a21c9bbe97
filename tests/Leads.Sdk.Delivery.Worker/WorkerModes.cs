using System.Diagnostics;
using System.Globalization;
using Leads.Sdk.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Leads.Sdk.Delivery.Worker;

/// <summary>The three things the program does.</summary>
internal static class WorkerModes
{
    private static readonly LeadDeliveryState[] AllStates = Enum.GetValues<LeadDeliveryState>();

    public static async Task<int> EnqueueAsync(WorkerArguments arguments, CancellationToken cancellationToken)
    {
        await using var provider = OutboxOnly(arguments);
        var outbox = provider.GetRequiredService<ILeadOutbox>();
        var apis = arguments.Apis();
        var from = arguments.Int("from", 0);
        var count = arguments.Int("count", 1);
        var latencies = new List<double>(count);
        for (var n = from; n < from + count; n++)
        {
            var started = Stopwatch.GetTimestamp();
            await ProofLeads.EnqueueAsync(outbox, n, ProofLeads.ApiOf(n, apis), cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        if (arguments.Optional("latencies") is { } file)
        {
            await File.WriteAllLinesAsync(file, latencies.Select(l => l.ToString("R", CultureInfo.InvariantCulture)), cancellationToken);
        }

        Console.WriteLine($"enqueued {count}");
        return 0;
    }

    public static async Task<int> WorkAsync(WorkerArguments arguments, CancellationToken cancellationToken)
    {
        var emulator = new Uri(arguments.Required("emulator"));
        var credentials = new LeadsEmulatorOptions();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddAimbaseClient(o =>
        {
            o.BaseAddress = emulator;
            o.AllowInsecureHttp = true;
            o.Username = credentials.Aimbase.Username;
            o.ApiToken = credentials.Aimbase.ApiToken;
            o.DefaultManufacturerCode = credentials.Aimbase.ManufacturerCode;
        });
        builder.Services.AddLeadExecClient(o =>
        {
            o.BaseAddress = emulator;
            o.AllowInsecureHttp = true;
            o.VendorId = credentials.LeadExec.VendorId;
            o.LeadTypeId = credentials.LeadExec.LeadTypeId;
            o.AffiliateId = credentials.LeadExec.AffiliateId;
            o.Password = credentials.LeadExec.Password;
        });
        builder.Services.AddCrmApiClient(o =>
        {
            o.BaseAddress = emulator;
            o.AllowInsecureHttp = true;
            o.Username = credentials.CrmApi.Username;
            o.Password = credentials.CrmApi.Password;
            o.Organisation = credentials.CrmApi.Organisation;
        });
        builder.Services.AddLeadDelivery(o => ConfigureWorker(o, arguments));
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        Console.WriteLine("worker started");
        try
        {
            if (arguments.Optional("until-done") == "true")
            {
                var outbox = host.Services.GetRequiredService<ILeadOutbox>();
                while ((await outbox.GetStatisticsAsync(cancellationToken)).Count(LeadDeliveryState.Pending) > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
                }
            }
            else
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        await host.StopAsync(CancellationToken.None);
        return 0;
    }

    public static async Task<int> StatusAsync(WorkerArguments arguments, CancellationToken cancellationToken)
    {
        await using var provider = OutboxOnly(arguments);
        var outbox = provider.GetRequiredService<ILeadOutbox>();
        var total = 0;
        foreach (var state in AllStates)
        {
            foreach (var delivery in await outbox.ListAsync(state, int.MaxValue, cancellationToken))
            {
                Console.WriteLine($"{ProofLeads.MarkerOf(delivery)} {delivery.Api} {delivery.State} {delivery.Attempts}");
                total++;
            }
        }

        Console.WriteLine($"total {total}");
        return 0;
    }

    // The outbox without its worker, for enqueueing and reading states.
    private static ServiceProvider OutboxOnly(WorkerArguments arguments)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLeadDelivery(o =>
        {
            arguments.ConfigureStore(o);
            o.RunWorker = false;
        });
        return services.BuildServiceProvider();
    }

    private static void ConfigureWorker(LeadDeliveryOptions options, WorkerArguments arguments)
    {
        arguments.ConfigureStore(options);
        options.MaxConcurrency = arguments.Int("concurrency", 4);
        // Short leases, polls and retry waits so a killed worker's leads are taken over, and an outage is retried,
        // within a test's time; production keeps the defaults.
        options.LeaseDuration = TimeSpan.FromSeconds(arguments.Double("lease-seconds", 5));
        options.PollInterval = TimeSpan.FromMilliseconds(100);
        options.InitialRetryDelay = TimeSpan.FromMilliseconds(500);
        options.MaxRetryDelay = TimeSpan.FromSeconds(arguments.Double("max-retry-seconds", 3));
    }
}
