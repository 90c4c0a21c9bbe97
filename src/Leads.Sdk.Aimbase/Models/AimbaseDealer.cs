namespace Leads.Sdk.Aimbase.Models;

/// <summary>An existing Aimbase dealer the lead should be assigned to (the doc's Dealer Data Schema).</summary>
public sealed class AimbaseDealer
{
    /// <summary>The main part of the dealer's unique identifier. Required.</summary>
    public string? DealerNumber { get; set; }

    /// <summary>The second part (sub number) of the dealer's unique identifier.</summary>
    public string? DealerLocation { get; set; }

    /// <summary>The name of the dealership.</summary>
    public string? DealerName { get; set; }

    /// <summary>For shared leads: the manufacturer code of the Aimbase instance the lead is shared to.</summary>
    public string? OemManufactureCode { get; set; }

    /// <summary>For shared leads: the OEM dealer number the lead is shared to.</summary>
    public string? OemDealerNumber { get; set; }

    /// <summary>A copy (every field is a value), so a builder's leads do not share one.</summary>
    internal AimbaseDealer Copy() => (AimbaseDealer)MemberwiseClone();
}
