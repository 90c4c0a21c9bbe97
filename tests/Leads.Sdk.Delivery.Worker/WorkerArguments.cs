using System.Globalization;

namespace Leads.Sdk.Delivery.Worker;

/// <summary>The command line: a mode, then <c>--name value</c> pairs.</summary>
internal sealed class WorkerArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    private WorkerArguments(string mode) => Mode = mode;

    public string Mode { get; }

    public static WorkerArguments Parse(string[] args)
    {
        if (args.Length == 0)
        {
            throw new ArgumentException("Usage: Leads.Sdk.Delivery.Worker enqueue|work|status --store sqlite:PATH|postgresql:CONNECTION [options]");
        }

        var parsed = new WorkerArguments(args[0]);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Expected --name value, got '{args[i]}'.");
            }

            parsed._values[args[i][2..]] = args[++i];
        }

        return parsed;
    }

    public string Required(string name)
        => _values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

    public string? Optional(string name) => _values.GetValueOrDefault(name);

    public int Int(string name, int fallback)
        => _values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback)
        => _values.TryGetValue(name, out var value) ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The APIs leads go to, in rotation (lead n to the n % count-th): all three by default.</summary>
    public IReadOnlyList<LeadDeliveryApi> Apis()
        => (Optional("apis") ?? "leadexec,aimbase,crmapi").Split(',').Select(name => name switch
        {
            "leadexec" => LeadDeliveryApi.LeadExec,
            "aimbase" => LeadDeliveryApi.Aimbase,
            "crmapi" => LeadDeliveryApi.CrmApi,
            _ => throw new ArgumentException($"Unknown API '{name}'."),
        }).ToList();

    /// <summary>Points the outbox at <c>--store sqlite:PATH</c> or <c>--store postgresql:CONNECTION STRING</c>.</summary>
    public void ConfigureStore(LeadDeliveryOptions options)
    {
        var store = Required("store");
        if (store.StartsWith("sqlite:", StringComparison.Ordinal))
        {
            options.UseSqlite(store["sqlite:".Length..]);
        }
        else if (store.StartsWith("postgresql:", StringComparison.Ordinal))
        {
            options.UsePostgreSql(store["postgresql:".Length..]);
        }
        else
        {
            throw new ArgumentException($"--store must start with sqlite: or postgresql:, got '{store}'.");
        }
    }
}
