namespace Leads.Sdk.Delivery.Tests.Storage;

/// <summary>
/// The test classes that share one throw-away PostgreSQL server (starting one costs seconds on a loaded machine); each
/// test still gets its own database from <see cref="PostgreSqlServer.CreateDatabaseAsync"/>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedPostgreSqlServer : ICollectionFixture<PostgreSqlServer>
{
    public const string Name = "PostgreSQL server";
}
