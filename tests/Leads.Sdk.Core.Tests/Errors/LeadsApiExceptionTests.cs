using System.Net;

namespace Leads.Sdk.Core.Tests.Errors;

public class LeadsApiExceptionTests
{
    [Fact]
    public void Message_FullDetails_NamesApiCallStatusAndApiError()
    {
        var exception = new LeadsApiException(new LeadsApiErrorDetails("Aimbase", "POST", "/leads", HttpStatusCode.Conflict, "DUP", "Lead exists", "{}"));

        Assert.Equal("Aimbase POST /leads failed: 409 Conflict. Error code: DUP. Lead exists", exception.Message);
        Assert.Equal(HttpStatusCode.Conflict, exception.StatusCode);
        Assert.Equal("{}", exception.ResponseBodyExcerpt);
    }

    [Fact]
    public void Message_NoResponse_SaysSo()
        => Assert.Equal(
            "CrmApi GET /contacts failed: no response.",
            new LeadsApiException(new LeadsApiErrorDetails("CrmApi", "GET", "/contacts", null)).Message);

    [Fact]
    public void Constructor_NullDetails_Throws()
        => Assert.Throws<ArgumentNullException>(() => new LeadsApiException(null!));

    [Fact]
    public void Hierarchy_EveryApiException_IsCatchableAsLeadsException()
    {
        var details = new LeadsApiErrorDetails("A", "GET", "/", HttpStatusCode.InternalServerError);
        LeadsException[] all =
        [
            new LeadsServerException(details), new LeadsNotFoundException(details), new LeadsAuthenticationException(details),
            new LeadsRateLimitedException(details, TimeSpan.FromSeconds(1)), new LeadsUnreadableResponseException(details),
            new LeadsTransportException(details, true, false, null), new LeadsValidationException([new("p", "r", "m")]),
        ];

        Assert.Equal(7, all.Select(e => e.GetType()).Distinct().Count());
    }
}
