namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>The wire shape of a 201 (and of an error body that carries <c>TopLevelError</c>).</summary>
internal sealed class AimbaseResponseDto
{
    public string? TopLevelError { get; set; }

    public List<AimbaseRecordDto>? LeadResponseRecords { get; set; }
}
