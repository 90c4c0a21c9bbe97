using System.Net;
using Leads.Sdk.CrmApi.Models;
using RichardSzalay.MockHttp;

namespace Leads.Sdk.CrmApi.Tests;

public sealed class CrmApiClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateLeadAsync_MinimalRequest_SendsExactJsonWithTokenFirst()
    {
        var crm = new FakeCrm();

        await crm.Client().CreateLeadAsync(Requests.Minimal(), Ct);

        Assert.Equal(
            """{"token":"opaque-token-1","importance":"IMPORTANCE1","priority":"3","type_identifier":{"name":"Sales"},"contact_information_identifier":{"id":"C1"},"source":{"type":"WEBSITE","name":"example.com"}}""",
            Assert.Single(crm.CreateBodies));
    }

    [Theory]
    [InlineData("https://crm.example.com/tenant")]
    [InlineData("https://crm.example.com/tenant/")]
    public async Task CreateLeadAsync_BaseAddressWithPath_LogsInAndPostsUnderThatPathAsJson(string baseAddress)
    {
        var sent = new List<(string Method, string Uri, string? ContentType)>();
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(request =>
        {
            sent.Add((request.Method.Method, request.RequestUri!.AbsoluteUri, request.Content?.Headers.ContentType?.ToString()));
            var data = request.RequestUri.AbsolutePath.EndsWith("/token", StringComparison.Ordinal) ? """{"token":"t1"}""" : """{"id":"L1"}""";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"status":{"code":"OK"},"data":""" + data + "}", System.Text.Encoding.UTF8, "application/json") };
        });
        var client = new CrmApiClient(mock.ToHttpClient(), FakeCrm.Options(o => o.BaseAddress = new Uri(baseAddress)));

        var lead = await client.CreateLeadAsync(Requests.Minimal(), Ct);

        Assert.Equal("L1", lead.Id);
        Assert.Equal(
            [
                ("POST", "https://crm.example.com/tenant/crmapi/rest/v2/authentication/token", "application/json; charset=utf-8"),
                ("POST", "https://crm.example.com/tenant/crmapi/rest/v2/leads/create", "application/json; charset=utf-8"),
            ],
            sent);
    }

    [Fact]
    public async Task CreateLeadAsync_TokenNeedingEscapes_SendsItEscapedAsTheFirstMemberOfValidJson()
    {
        const string token = "a\"b\\c+é/\u0001";
        // The fake writes the token into its login JSON as given, so it is given escaped.
        var crm = new FakeCrm { TokenFor = _ => System.Text.Json.JsonEncodedText.Encode(token).ToString() };

        await crm.Client().CreateLeadAsync(Requests.Minimal(), Ct);

        using var body = System.Text.Json.JsonDocument.Parse(Assert.Single(crm.CreateBodies));
        var members = body.RootElement.EnumerateObject().ToList();
        Assert.Equal("token", members[0].Name);
        Assert.Equal(token, members[0].Value.GetString());
        Assert.Equal(["token", "importance", "priority", "type_identifier", "contact_information_identifier", "source"], members.Select(m => m.Name));
    }

    [Fact]
    public async Task CreateLeadAsync_TwoClientsOnOneThreadWithDifferentTokens_EachSendsItsOwnToken()
    {
        var first = new FakeCrm { TokenFor = n => $"first-{n}" };
        var second = new FakeCrm { TokenFor = n => $"second-{n}" };
        var firstClient = first.Client();
        var secondClient = second.Client();

        await firstClient.CreateLeadAsync(Requests.Minimal(), Ct);
        await secondClient.CreateLeadAsync(Requests.Minimal(), Ct);
        await firstClient.CreateLeadAsync(Requests.Minimal(), Ct);

        Assert.All(first.CreateBodies, b => Assert.StartsWith("""{"token":"first-1","importance":""", b, StringComparison.Ordinal));
        Assert.StartsWith("""{"token":"second-1","importance":""", Assert.Single(second.CreateBodies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLeadAsync_UdfSetThenCleared_IsNotSent()
    {
        var crm = new FakeCrm();
        var request = Requests.Minimal();
        request.UdfString1 = "temporary";
        request.UdfDate2 = DateTimeOffset.UnixEpoch;
        request.UdfString1 = null;
        request.UdfDate2 = null;

        await crm.Client().CreateLeadAsync(request, Ct);

        Assert.Null(request.UdfString1);
        Assert.DoesNotContain("udf_", Assert.Single(crm.CreateBodies), StringComparison.Ordinal);
    }

    [Fact]
    public void CrmLead_UdfInitialisers_AreReadBack()
    {
        var lead = new CrmCreateLeadResult { UdfString3 = "z", UdfFloat1 = 1.5, UdfDate4 = DateTimeOffset.UnixEpoch, UdfString1 = null };

        Assert.Equal("z", lead.UdfString3);
        Assert.Equal(1.5, lead.UdfFloat1);
        Assert.Equal(DateTimeOffset.UnixEpoch, lead.UdfDate4);
        Assert.Null(lead.UdfString1);
        Assert.Null(new CrmCreateLeadResult().UdfDate1);
    }

    [Fact]
    public async Task CreateLeadAsync_FullRequest_SendsEveryFieldWithDocumentedNamesLiteralsAndDates()
    {
        var crm = new FakeCrm();
        var date = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(2));
        var request = new CrmCreateLeadRequestBuilder(
                CrmLeadImportance.Custom2,
                CrmLeadPriority.Priority6,
                CrmEntityIdentifier.ByAlternativeCode("T-RES"),
                CrmContactInformationIdentifier.ByVatRegistrationNumber("CY10000000X"),
                new CrmLeadSource { Type = CrmLeadSourceType.RecommendedByEmployee, RecommendedByEmployee = CrmUserIdentifier.ByUsername("nikos") })
            .WithContactEmail("maria@example.com").WithContactPhone("+35799123456")
            .WithAccountsReceivable(CrmAccountsReceivableIdentifier.ByNumber("AR-7"))
            .WithDescription("Fibre quote")
            .WithProbabilityToWin(40.5m)
            .WithTargetAmount(1200m)
            .WithStatus(CrmEntityIdentifier.ByName("New"))
            .WithLostReason(CrmEntityIdentifier.ById("LR1"))
            .WithCategory(CrmEntityIdentifier.ByName("Retail"))
            .WithOwnedByGroup(CrmEntityIdentifier.ByName("Sales team"))
            .WithPrivacyLevel(CrmEntityIdentifier.ByAlternativeCode("PUBLIC"))
            .WithLeadOwner(CrmUserIdentifier.ById("U1"))
            .WithUdfString(1, "s1").WithUdfString(2, "s2").WithUdfString(3, "s3").WithUdfString(4, "s4")
            .WithUdfString(5, "s5").WithUdfString(6, "s6").WithUdfString(7, "s7").WithUdfString(8, "s8")
            .WithUdfFloat(1, 1.5).WithUdfFloat(2, 2).WithUdfFloat(3, -3.25).WithUdfFloat(4, 0)
            .WithUdfDate(1, date).WithUdfDate(2, date).WithUdfDate(3, date).WithUdfDate(4, date)
            .WithStartDate(date)
            .WithExpectedCompletionDate(date.AddDays(14))
            .WithEstimatedCompletionTime(2, CrmTimePeriodUnit.Weeks)
            .WithAssignedTo(CrmUserIdentifier.ByUsername("eleni"), CrmEntityIdentifier.ByName("Nicosia"))
            .AddCompetitor(CrmEntityIdentifier.ByName("Rival"))
            .AddUser(CrmUserIdentifier.ById("U2"))
            .AddProduct(CrmProductIdentifier.ByCode("P1"))
            .AddProduct(CrmProductIdentifier.ById("P2"))
            .AddService(CrmProductIdentifier.ByAlternativeCode("S1"))
            .AddPhysicalGood(CrmProductIdentifier.ByCode("ROUTER"))
            .WithSubscriptionPackage(CrmProductIdentifier.ByCode("PKG"))
            .WithFieldsSet("id", "number")
            .Build();

        await crm.Client().CreateLeadAsync(request, Ct);

        const string Expected = """
            {"token":"opaque-token-1",
            "contact_email":"maria@example.com","contact_phone":"+35799123456",
            "accounts_receivable_identifier":{"number":"AR-7"},
            "description":"Fibre quote","probability_to_win":40.5,"importance":"CUSTOM2","priority":"6","target_amount":1200,
            "type_identifier":{"alternative_code":"T-RES"},"status_identifier":{"name":"New"},"lost_reason_identifier":{"id":"LR1"},
            "category_identifier":{"name":"Retail"},"owned_by_group_identifier":{"name":"Sales team"},
            "privacy_level_identifier":{"alternative_code":"PUBLIC"},"lead_owner":{"id":"U1"},
            "udf_string_1":"s1","udf_string_2":"s2","udf_string_3":"s3","udf_string_4":"s4",
            "udf_string_5":"s5","udf_string_6":"s6","udf_string_7":"s7","udf_string_8":"s8",
            "udf_float_1":1.5,"udf_float_2":2,"udf_float_3":-3.25,"udf_float_4":0,
            "udf_date_1":"2026-03-01T09:30:00+02:00","udf_date_2":"2026-03-01T09:30:00+02:00",
            "udf_date_3":"2026-03-01T09:30:00+02:00","udf_date_4":"2026-03-01T09:30:00+02:00",
            "start_date":"2026-03-01T09:30:00+02:00","expected_completion_date":"2026-03-15T09:30:00+02:00",
            "estimated_completion_time":{"time_period_value":2,"time_period_uot":"WEEKS"},
            "contact_information_identifier":{"vat_registration_number":"CY10000000X"},
            "source":{"type":"RECOMMENDED_BY_EMPLOYEE","source_recommended_by_employee_identifier":{"username":"nikos"}},
            "assigned_to":{"user_identifier":{"username":"eleni"},"group_identifier":{"name":"Nicosia"}},
            "competitors_set":[{"competitor_identifier":{"name":"Rival"}}],
            "users_set":[{"user_identifier":{"id":"U2"}}],
            "products_set":[{"product_identifier":{"code":"P1"}},{"product_identifier":{"id":"P2"}}],
            "services_set":[{"product_identifier":{"alternative_code":"S1"}}],
            "physical_goods_set":[{"product_identifier":{"code":"ROUTER"}}],
            "subscription_package":{"package_identifier":{"code":"PKG"}},
            "fields_set":"id,number"}
            """;
        Assert.Equal(Expected.ReplaceLineEndings(string.Empty), Assert.Single(crm.CreateBodies));
    }

    [Fact]
    public async Task CreateLeadAsync_DateFormatConfigured_WritesDatesInThatFormat()
    {
        var crm = new FakeCrm();
        var request = Requests.Minimal();
        request.StartDate = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

        await crm.Client(o => o.DateFormat = "yyyy-MM-dd").CreateLeadAsync(request, Ct);

        Assert.Contains("\"start_date\":\"2026-03-01\"", Assert.Single(crm.CreateBodies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLeadAsync_SuccessEnvelope_ReturnsTypedLead()
    {
        var crm = new FakeCrm();
        crm.EnqueueCreateJson(FakeCrm.Envelope("""
            {"id":"8d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a","number":"LEAD000042","life_cycle_state":"IN_PROGRESS",
             "importance":"importance2","priority":5,"probability_to_win":"40","target_amount":12.5,
             "type":{"id":"T1","name":"Sales"},"status":{"name":"New"},"contact_information":{"id":"C1"},
             "start_date":"2026-03-01T09:30:00Z","udf_string_1":"x","udf_float_2":"2.5"}
            """));

        var lead = await crm.Client().CreateLeadAsync(Requests.Minimal(), Ct);

        Assert.Equal("8d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a", lead.Id);
        Assert.Equal("LEAD000042", lead.Number);
        Assert.Equal(CrmLeadLifeCycleState.InProgress, lead.LifeCycleState);
        Assert.Equal(CrmLeadImportance.Importance2, lead.Importance);
        Assert.Equal(CrmLeadPriority.Priority5, lead.Priority);
        Assert.Equal(40m, lead.ProbabilityToWin);
        Assert.Equal(12.5m, lead.TargetAmount);
        Assert.Equal("Sales", lead.Type?.Name);
        Assert.Equal("New", lead.Status?.Name);
        Assert.Equal("C1", lead.ContactInformation?.Id);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero), lead.StartDate);
        Assert.Equal("x", lead.UdfString1);
        Assert.Equal(2.5, lead.UdfFloat2);
    }

    [Fact]
    public async Task CreateLeadAsync_FieldsSetTrimmedResult_LeavesOtherFieldsNull()
    {
        var crm = new FakeCrm();
        crm.EnqueueCreateJson(FakeCrm.Envelope("""{"id":"8d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a","life_cycle_state":"SOMETHING_NEW"}"""));

        var lead = await crm.Client().CreateLeadAsync(Requests.Minimal(), Ct);

        Assert.Equal("8d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a", lead.Id);
        Assert.Null(lead.Number);
        Assert.Null(lead.Importance);
        Assert.Equal(CrmLeadLifeCycleState.Unknown, lead.LifeCycleState);
    }

    [Fact]
    public async Task CreateLeadAsync_ErrorEnvelopeWithHttp200_ThrowsApiExceptionWithCrmCodeAndMessage()
    {
        var crm = new FakeCrm();
        crm.EnqueueCreateJson(FakeCrm.Error("COM.CRM.EXCEPTIONS.INVALIDVALUEEXCEPTION", "The lead type does not exist"));

        var exception = await Assert.ThrowsAsync<LeadsApiException>(() => crm.Client().CreateLeadAsync(Requests.Minimal(), Ct));

        Assert.Equal(typeof(LeadsApiException), exception.GetType());
        Assert.Equal("COM.CRM.EXCEPTIONS.INVALIDVALUEEXCEPTION", exception.ErrorCode);
        Assert.Equal("The lead type does not exist", exception.ErrorMessage);
        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        Assert.Single(crm.CreateBodies);
    }

    [Fact]
    public async Task CreateLeadAsync_AuthorisationErrorEnvelope_ThrowsAuthenticationExceptionWithoutRepeating()
    {
        var crm = new FakeCrm();
        crm.EnqueueCreateJson(FakeCrm.Error("COM.CRM.EXCEPTIONS.PERMISSIONDENIEDEXCEPTION", "Not allowed to create leads"));

        var exception = await Assert.ThrowsAsync<LeadsAuthenticationException>(() => crm.Client().CreateLeadAsync(Requests.Minimal(), Ct));

        Assert.Equal("COM.CRM.EXCEPTIONS.PERMISSIONDENIEDEXCEPTION", exception.ErrorCode);
        Assert.Single(crm.CreateBodies);
        Assert.Equal(1, crm.Logins);
    }

    [Fact]
    public async Task CreateLeadAsync_ExpiredTokenEnvelope_LogsInAgainAndRepeatsOnceWithNewToken()
    {
        var crm = new FakeCrm();
        crm.EnqueueCreateJson(FakeCrm.Error("COM.CRM.EXCEPTIONS.EXPIREDTOKENEXCEPTION", "The token has expired"));

        var lead = await crm.Client().CreateLeadAsync(Requests.Minimal(), Ct);

        Assert.Equal("LEAD000042", lead.Number);
        Assert.Equal(2, crm.Logins);
        Assert.Equal(2, crm.CreateBodies.Count);
        Assert.StartsWith("""{"token":"opaque-token-1",""", crm.CreateBodies[0], StringComparison.Ordinal);
        Assert.StartsWith("""{"token":"opaque-token-2",""", crm.CreateBodies[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLeadAsync_Http401_LogsInAgainAndRepeatsOnce()
    {
        var crm = new FakeCrm();
        crm.EnqueueCreateJson(FakeCrm.Error("COM.CRM.EXCEPTIONS.INVALIDTOKENEXCEPTION", "Invalid token"), HttpStatusCode.Unauthorized);

        var lead = await crm.Client().CreateLeadAsync(Requests.Minimal(), Ct);

        Assert.Equal("LEAD000042", lead.Number);
        Assert.Equal(2, crm.CreateBodies.Count);
    }

    [Fact]
    public async Task CreateLeadAsync_TokenRejectedTwice_ThrowsAuthenticationExceptionAfterOneRepeat()
    {
        var crm = new FakeCrm();
        crm.EnqueueCreateJson(FakeCrm.Error("COM.CRM.EXCEPTIONS.INVALIDTOKENEXCEPTION", "Invalid token"));
        crm.EnqueueCreateJson(FakeCrm.Error("COM.CRM.EXCEPTIONS.INVALIDTOKENEXCEPTION", "Invalid token"));

        var exception = await Assert.ThrowsAsync<LeadsAuthenticationException>(() => crm.Client().CreateLeadAsync(Requests.Minimal(), Ct));

        Assert.Equal("COM.CRM.EXCEPTIONS.INVALIDTOKENEXCEPTION", exception.ErrorCode);
        Assert.Equal(2, crm.CreateBodies.Count);
        Assert.Equal(2, crm.Logins);
    }

    [Fact]
    public async Task CreateLeadAsync_CreateCallTimesOut_ThrowsTransportExceptionWithoutRepeating()
    {
        var crm = new FakeCrm();
        crm.CreateFault = new Polly.Timeout.TimeoutRejectedException("The attempt timed out.");

        var exception = await Assert.ThrowsAsync<LeadsTransportException>(() => crm.Client().CreateLeadAsync(Requests.Minimal(), Ct));

        Assert.True(exception.IsTimeout);
        Assert.True(exception.RequestMayHaveReachedServer);
        Assert.Single(crm.CreateBodies);
        Assert.Equal(1, crm.Logins);
    }

    [Fact]
    public async Task CreateLeadAsync_Http500WithEnvelope_ThrowsServerExceptionWithCrmCode()
    {
        var crm = new FakeCrm();
        crm.EnqueueCreateJson(FakeCrm.Error("COM.CRM.EXCEPTIONS.SYSTEMEXCEPTION", "Unexpected error"), HttpStatusCode.InternalServerError);

        var exception = await Assert.ThrowsAsync<LeadsServerException>(() => crm.Client().CreateLeadAsync(Requests.Minimal(), Ct));

        Assert.Equal("COM.CRM.EXCEPTIONS.SYSTEMEXCEPTION", exception.ErrorCode);
        Assert.Equal("Unexpected error", exception.ErrorMessage);
        Assert.Single(crm.CreateBodies);
    }

    [Theory]
    [InlineData("<html><body>Bad gateway</body></html>", "text/html")]
    [InlineData("{\"status\":{\"code\":\"OK\"", "application/json")]
    [InlineData("{\"data\":{}}", "application/json")]
    [InlineData("{\"status\":{\"code\":\"OK\"},\"data\":null}", "application/json")]
    [InlineData("", "application/json")]
    public async Task CreateLeadAsync_UnreadableBody_ThrowsUnreadableResponseException(string body, string mediaType)
    {
        var crm = new FakeCrm();
        crm.EnqueueCreateJson(body, HttpStatusCode.OK, mediaType);

        await Assert.ThrowsAsync<LeadsUnreadableResponseException>(() => crm.Client().CreateLeadAsync(Requests.Minimal(), Ct));
    }

    [Fact]
    public async Task CreateLeadAsync_ErrorBodyEchoesToken_ExcerptAndMessageNeverShowToken()
    {
        var crm = new FakeCrm { TokenFor = _ => "tok-abcdef-123456" };
        crm.EnqueueCreateJson("""{"status":{"code":"COM.CRM.EXCEPTIONS.X","message":"bad request tok-abcdef-123456","description":null},"data":null,"token":"tok-abcdef-123456"}""");

        var exception = await Assert.ThrowsAsync<LeadsApiException>(() => crm.Client().CreateLeadAsync(Requests.Minimal(), Ct));

        Assert.DoesNotContain("tok-abcdef-123456", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-abcdef-123456", exception.ResponseBodyExcerpt!, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-abcdef-123456", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLeadAsync_InvalidRequest_ThrowsValidationExceptionAndSendsNothing()
    {
        var crm = new FakeCrm();

        await Assert.ThrowsAsync<LeadsValidationException>(() => crm.Client().CreateLeadAsync(new CrmCreateLeadRequest(), Ct));

        Assert.Equal(0, crm.Logins);
        Assert.Empty(crm.CreateBodies);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingTheOption()
    {
        var crm = new FakeCrm();

        var exception = Assert.Throws<ArgumentException>(() => new CrmApiClient(FakeCrm.HttpClient(crm), FakeCrm.Options(o => o.Organisation = null)));

        Assert.Contains("Organisation", exception.Message, StringComparison.Ordinal);
    }
}
