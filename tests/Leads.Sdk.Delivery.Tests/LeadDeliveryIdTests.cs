using Leads.Sdk.Delivery;

namespace Leads.Sdk.Delivery.Tests;

public class LeadDeliveryIdTests
{
    [Fact]
    public void ToString_IsTheSequenceNumber() => Assert.Equal("42", new LeadDeliveryId(42).ToString());
}
