using Leads.Sdk.CrmApi.Models;

namespace Leads.Sdk.CrmApi.Tests.Models;

public sealed class CrmLeadSourceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // One row per CRM.COM lead source type: the factory and the "source" object it must put on the wire.
    [Theory]
    [InlineData("Advertisement", """{"type":"ADVERTISEMENT","name":"Radio spot"}""")]
    [InlineData("Notifications", """{"type":"NOTIFICATIONS","source_notifications_identifier":{"name":"Renewal reminder"}}""")]
    [InlineData("Communications", """{"type":"COMMUNICATIONS","source_communications_identifier":{"id":"COM1"}}""")]
    [InlineData("RecommendedByContact", """{"type":"RECOMMENDED_BY_CONTACT","source_recommended_by_contact_identifier":{"passport_number":"K123"}}""")]
    [InlineData("RecommendedByEmployee", """{"type":"RECOMMENDED_BY_EMPLOYEE","source_recommended_by_employee_identifier":{"username":"nikos"}}""")]
    [InlineData("RecommendedByPartner", """{"type":"RECOMMENDED_BY_PARTNER","source_recommended_by_partner_identifier":{"number":"AR-7"}}""")]
    [InlineData("Website", """{"type":"WEBSITE","name":"offers.example.com"}""")]
    [InlineData("Other", """{"type":"OTHER","name":"Walk-in"}""")]
    [InlineData("Custom1", """{"type":"CUSTOM1","name":"Fair"}""")]
    [InlineData("Custom2", """{"type":"CUSTOM2","name":"Referral card"}""")]
    [InlineData("Custom3", """{"type":"CUSTOM3","name":"Kiosk"}""")]
    public async Task Factory_EachSourceType_SendsTheTypeAndItsMember(string type, string expectedSource)
    {
        var crm = new FakeCrm();
        var source = type switch
        {
            "Advertisement" => CrmLeadSource.Advertisement("Radio spot"),
            "Notifications" => CrmLeadSource.FromNotification(CrmEntityIdentifier.ByName("Renewal reminder")),
            "Communications" => CrmLeadSource.FromCommunication(CrmEntityIdentifier.ById("COM1")),
            "RecommendedByContact" => CrmLeadSource.RecommendedBy(CrmContactInformationIdentifier.ByPassportNumber("K123")),
            "RecommendedByEmployee" => CrmLeadSource.RecommendedBy(CrmUserIdentifier.ByUsername("nikos")),
            "RecommendedByPartner" => CrmLeadSource.RecommendedBy(CrmAccountsReceivableIdentifier.ByNumber("AR-7")),
            "Website" => CrmLeadSource.Website("offers.example.com"),
            "Other" => CrmLeadSource.Other("Walk-in"),
            "Custom1" => CrmLeadSource.Custom1("Fair"),
            "Custom2" => CrmLeadSource.Custom2("Referral card"),
            _ => CrmLeadSource.Custom3("Kiosk"),
        };
        var request = new CrmCreateLeadRequestBuilder(
            CrmLeadImportance.Importance1, CrmLeadPriority.Priority3, CrmEntityIdentifier.ByName("Sales"), CrmContactInformationIdentifier.ById("C1"), source).Build();

        await crm.Client().CreateLeadAsync(request, Ct);

        Assert.EndsWith($$""","source":{{expectedSource}}}""", Assert.Single(crm.CreateBodies), StringComparison.Ordinal);
    }

}
