using System.Text.Json.Nodes;
using Leads.Sdk.Aimbase.Models;
using Leads.Sdk.CrmApi.Models;
using Leads.Sdk.Delivery.Serialization;
using Leads.Sdk.LeadExec.Models;

namespace Leads.Sdk.Delivery.Tests.Serialization;

public class LeadPayloadSerializerTests
{
    [Fact]
    public void Aimbase_EveryPropertyAndAdditionalField_RoundTripsExactly()
    {
        var lead = ModelFiller.Fill(new AimbaseLead());
        lead.LeadDate = new DateTimeOffset(2025, 1, 2, 3, 4, 5, 678, TimeSpan.FromHours(-5)).AddTicks(9);
        lead.AdditionalFields["zNewField"] = JsonValue.Create("z");
        lead.AdditionalFields["aNumber"] = JsonValue.Create(42);
        lead.AdditionalFields["nested"] = new JsonObject { ["x"] = new JsonArray(1, "two", null) };
        lead.AdditionalFields["nothing"] = null;

        var read = LeadPayloadSerializer.ReadAimbase(LeadPayloadSerializer.Write(lead));

        ModelFiller.AssertSame(lead, read);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 4, 5, 678, TimeSpan.FromHours(-5)).AddTicks(9), read.LeadDate);
        Assert.Equal(TimeSpan.FromHours(-5), read.LeadDate!.Value.Offset);
        Assert.Equal(["zNewField", "aNumber", "nested", "nothing"], read.AdditionalFields.Keys);
        Assert.Equal("{\"x\":[1,\"two\",null]}", read.AdditionalFields["nested"]!.ToJsonString());
        Assert.Null(read.AdditionalFields["nothing"]);
    }

    [Fact]
    public void Aimbase_EmptyLead_RoundTripsWithNothingSet()
    {
        var read = LeadPayloadSerializer.ReadAimbase(LeadPayloadSerializer.Write(new AimbaseLead()));

        ModelFiller.AssertSame(new AimbaseLead(), read);
    }

    [Fact]
    public void Crm_EveryPropertyAndAdditionalField_RoundTripsExactly()
    {
        var request = ModelFiller.Fill(new CrmCreateLeadRequest());
        request.UdfDate1 = new DateTimeOffset(2025, 6, 7, 8, 9, 10, TimeSpan.FromHours(3)).AddTicks(1234567);
        request.AdditionalFields["custom_b"] = JsonValue.Create(true);
        request.AdditionalFields["custom_a"] = new JsonArray("x", 1.5);

        var read = LeadPayloadSerializer.ReadCrm(LeadPayloadSerializer.Write(request));

        ModelFiller.AssertSame(request, read);
        Assert.Equal(new DateTimeOffset(2025, 6, 7, 8, 9, 10, TimeSpan.FromHours(3)).AddTicks(1234567), read.UdfDate1);
        Assert.Equal(["custom_b", "custom_a"], read.AdditionalFields.Keys);
    }

    [Fact]
    public void LeadExec_EveryPropertyAndFieldInOrder_RoundTripsExactly()
    {
        var request = new LeadExecCreateLeadRequest
        {
            Lead = new LeadExecLead
            {
                Reference = "ref-1",
                ShouldNotSell = true,
                IvrNumber = "7025551212",
                CallDuration = TimeSpan.FromSeconds(125.5),
                CallResult = "Sale",
                CallDate = new DateTime(2020, 11, 13, 12, 15, 0, DateTimeKind.Local).AddTicks(3),
            },
            PostType = LeadExecPostType.CallData,
            Encoding = LeadExecEncoding.Form,
            ResponseFormat = LeadExecResponseFormat.Xml,
            Credentials = new LeadExecCredentials { VendorId = 1, LeadTypeId = 2, AffiliateId = 3 },
            OrderId = "order-9",
            ReturnUrl = new Uri("https://example.com/done?x=1"),
            SendDelay = TimeSpan.FromHours(2),
        };
        request.Lead.Fields.Add("Zeta", "last first");
        request.Lead.Fields.Add("Email", "zoë@example.com");
        request.Lead.Fields.Add("Notes", "line1\nline2 & <tag>");

        var read = LeadPayloadSerializer.ReadLeadExec(LeadPayloadSerializer.Write(request));

        ModelFiller.AssertSame(request, read);
        Assert.Equal(["Zeta", "Email", "Notes"], read.Lead!.Fields.Select(field => field.Key));
        Assert.Equal("line1\nline2 & <tag>", read.Lead.Fields["Notes"]);
        Assert.Equal(DateTimeKind.Local, read.Lead.CallDate!.Value.Kind);
        Assert.Equal(new Uri("https://example.com/done?x=1"), read.ReturnUrl);
        Assert.Equal(3, read.Credentials!.AffiliateId);
    }

    [Fact]
    public void LeadExec_NoLeadNoCredentials_StayNull()
    {
        var read = LeadPayloadSerializer.ReadLeadExec(LeadPayloadSerializer.Write(new LeadExecCreateLeadRequest()));

        Assert.Null(read.Lead);
        Assert.Null(read.Credentials);
        Assert.Equal(LeadExecPostType.General, read.PostType);
    }
}
