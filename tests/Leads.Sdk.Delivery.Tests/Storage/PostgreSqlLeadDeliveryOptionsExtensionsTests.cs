using Leads.Sdk.Aimbase.Models;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Leads.Sdk.Delivery.Tests.Storage;

[Collection(SharedPostgreSqlServer.Name)]
public sealed class PostgreSqlLeadDeliveryOptionsExtensionsTests(PostgreSqlServer server)
{
    [Fact]
    public async Task UsePostgreSql_EnqueuedLead_IsStoredInThePostgreSqlDatabase()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await server.CreateDatabaseAsync(ct);
        var services = new ServiceCollection().AddLogging();
        services.AddLeadDelivery(options =>
        {
            options.RunWorker = false;
            options.UsePostgreSql(connectionString);
        });
        await using var provider = services.BuildServiceProvider();
        var outbox = provider.GetRequiredService<ILeadOutbox>();

        var id = await outbox.EnqueueAsync(
            new AimbaseLeadBuilder
            {
                LeadSourceName = "Website",
                LeadTypeName = "Request Brochure",
                LeadCategoryName = "Referral Traffic",
                LastName = "Papadopoulou",
                CountryCode = "GR",
            }.Build(),
            ct);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT api, state, payload LIKE '%Papadopoulou%' FROM leads_outbox WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id.Value);
        await using var reader = await command.ExecuteReaderAsync(ct);
        Assert.True(await reader.ReadAsync(ct));
        Assert.Equal(1, reader.GetInt16(0)); // Aimbase
        Assert.Equal(0, reader.GetInt16(1)); // Pending
        Assert.True(reader.GetBoolean(2));
    }

    [Fact]
    public void UsePostgreSql_MistypedKeyword_FailsWhenConfigured()
    {
        var options = new LeadDeliveryOptions();

        var exception = Assert.Throws<ArgumentException>(() => options.UsePostgreSql("Host=db;Databse=leads"));

        Assert.Contains("databse", exception.Message, StringComparison.OrdinalIgnoreCase);
    }
}
