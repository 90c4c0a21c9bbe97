namespace Leads.Sdk.Delivery.ProcessTests;

/// <summary>One line of the worker's <c>status</c> mode: a delivery in the store.</summary>
internal sealed record StoredDelivery(string Marker, string Api, string State, int Attempts)
{
    public static StoredDelivery Parse(string line)
    {
        var parts = line.Split(' ');
        return new StoredDelivery(parts[0], parts[1], parts[2], int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture));
    }
}
