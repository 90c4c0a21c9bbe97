using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Leads.Sdk.Delivery.Tests.Operations;

public sealed class LeadDeliveryOptionsTests
{
    [Fact]
    public void AddLeadDelivery_ZeroConcurrency_FailsWithTheOptionsName()
    {
        var services = new ServiceCollection();
        services.AddLeadDelivery(o => o.MaxConcurrency = 0);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LeadDeliveryOptions>>().Value);

        Assert.Equal("LeadDeliveryOptions.MaxConcurrency must be 1 or more.", Assert.Single(error.Failures));
    }

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new LeadDeliveryOptions();

        Assert.Equal("leads-outbox.db", options.SqlitePath);
        Assert.Equal(TimeSpan.FromHours(24), options.DeliveryDeadline);
        Assert.Equal(4, options.MaxConcurrency);
        Assert.Equal(TimeSpan.FromMinutes(2), options.LeaseDuration);
        Assert.Equal(["Email", "Phone"], options.LeadExecDuplicateCheckFields);
        Assert.Equal(TimeSpan.FromMinutes(15), options.HealthDegradedAfter);
        Assert.True(options.RunWorker);
    }
}
