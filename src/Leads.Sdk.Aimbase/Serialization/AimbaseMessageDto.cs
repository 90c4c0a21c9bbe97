namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>The wire shape of one field message.</summary>
internal sealed class AimbaseMessageDto
{
    public string? Field { get; set; }

    public string? Message { get; set; }
}
