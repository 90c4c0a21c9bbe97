using Leads.Sdk.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace Leads.Sdk.Samples.Snippets;

// The C# block of the "PostgreSQL" section of src/Leads.Sdk.Delivery/README.md, verbatim, so it compiles as written.
// Nothing here runs.
internal static class DeliveryPostgreSqlSnippets
{
    // README: PostgreSQL: one outbox for many workers
    internal static void Register(IServiceCollection services)
    {
services.AddLeadDelivery(options => options.UsePostgreSql(
    "Host=db.internal;Database=leads;Username=leads_app;Password=..."));
    }
}
