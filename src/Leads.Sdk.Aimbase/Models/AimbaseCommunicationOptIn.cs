namespace Leads.Sdk.Aimbase.Models;

/// <summary>
/// The communication opt-in of a lead: either opted in, with the IP address, date and source the API then requires, or
/// not opted in. Used by <see cref="AimbaseLeadBuilder"/>; a lead built without one is sent without
/// <c>IsCommunicationOptIn</c>, as the doc's examples do.
/// </summary>
public sealed class AimbaseCommunicationOptIn
{
    private AimbaseCommunicationOptIn(bool isOptedIn, string? ipAddress, DateOnly? date, string? source)
    {
        IsOptedIn = isOptedIn;
        IpAddress = ipAddress;
        Date = date;
        Source = source;
    }

    /// <summary>The lead did not opt in to future communications.</summary>
    public static AimbaseCommunicationOptIn NotOptedIn { get; } = new(false, null, null, null);

    /// <summary>Whether the lead opted in.</summary>
    public bool IsOptedIn { get; }

    /// <summary>The lead's IP address when it opted in.</summary>
    public string? IpAddress { get; }

    /// <summary>The date the lead opted in.</summary>
    public DateOnly? Date { get; }

    /// <summary>Where the lead opted in.</summary>
    public string? Source { get; }

    /// <summary>The lead opted in to future communications.</summary>
    /// <param name="ipAddress">The lead's IP address when it opted in.</param>
    /// <param name="date">The date it opted in.</param>
    /// <param name="source">Where it opted in.</param>
    public static AimbaseCommunicationOptIn OptedIn(string ipAddress, DateOnly date, string source)
    {
        ArgumentNullException.ThrowIfNull(ipAddress);
        ArgumentNullException.ThrowIfNull(source);
        return new(true, ipAddress, date, source);
    }
}
