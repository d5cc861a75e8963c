-- A committee's guidance of the month's branch meetings (hướng dẫn nội dung sinh hoạt chi bộ hằng tháng): what the
-- regular meetings below it should take up that month, and the thematic topic it proposes. One per committee and month.
CREATE TABLE meetings.monthly_guidance (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations.organization (id),
    month           date   NOT NULL CHECK (extract(day FROM month) = 1),
    document_number text   CHECK (length(document_number) <= 100),
    issued_on       date   NOT NULL,
    content         text   NOT NULL CHECK (length(content) BETWEEN 1 AND 20000),
    thematic_topic  text   CHECK (length(thematic_topic) <= 500),
    UNIQUE (organization_id, month)
);
CREATE INDEX monthly_guidance_month ON meetings.monthly_guidance (month);
