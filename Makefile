# articles: the two set-up commands (README) and the SAM build targets.
#   make run    local stack + API on 127.0.0.1:3000, the demo corpus in samples/ loaded
#   make test   every test, unit and integration (the emulators start and stop themselves)
# `sam build` calls build-IngestFunction / build-ApiFunction with ARTIFACTS_DIR set (BuildMethod: makefile).

MVN ?= mvn -B -q -Dstyle.color=never
ROOT := $(dir $(abspath $(lastword $(MAKEFILE_LIST))))
LOCAL_JAR := $(ROOT)local/target/articles-local.jar

.PHONY: run test lint build-IngestFunction build-ApiFunction check-sam-build local-jar clean

run: local-jar
	java -jar $(LOCAL_JAR) serve --port 3000 --dynamodb-port 4567 --s3-port 4568 $(ROOT)samples

test:
	cfn-lint $(ROOT)template.yaml
	mvn -B -ntp -Dstyle.color=never -f $(ROOT)pom.xml verify
	@$(ROOT)scripts/test-summary $(ROOT)

lint:
	cfn-lint $(ROOT)template.yaml

local-jar:
	$(MVN) -f $(ROOT)pom.xml -pl local -am package -DskipTests

# Lambda's Java runtime puts every jar in lib/ on the class path: the function's shaded jar goes there.
build-IngestFunction:
	$(MVN) -f $(ROOT)pom.xml -pl functions/ingest -am package -DskipTests
	mkdir -p $(ARTIFACTS_DIR)/lib
	cp $(ROOT)functions/ingest/target/ingest-function.jar $(ARTIFACTS_DIR)/lib/

build-ApiFunction:
	$(MVN) -f $(ROOT)pom.xml -pl functions/api -am package -DskipTests
	mkdir -p $(ARTIFACTS_DIR)/lib
	cp $(ROOT)functions/api/target/api-function.jar $(ARTIFACTS_DIR)/lib/

# What `sam build` would produce, built into temporary ARTIFACTS_DIRs and checked: each package holds its handler
# and its dependencies, and the API's holds no S3 client.
check-sam-build:
	@set -e; dir=$$(mktemp -d); \
	$(MAKE) -s build-IngestFunction ARTIFACTS_DIR=$$dir/ingest; \
	$(MAKE) -s build-ApiFunction ARTIFACTS_DIR=$$dir/api; \
	$(ROOT)scripts/check-package $$dir/ingest io/articles/ingest/IngestHandler.class \
		software/amazon/awssdk/services/s3/S3Client.class software/amazon/awssdk/services/dynamodb/DynamoDbClient.class; \
	$(ROOT)scripts/check-package $$dir/api io/articles/api/ApiHandler.class \
		software/amazon/awssdk/services/dynamodb/DynamoDbClient.class '!software/amazon/awssdk/services/s3/S3Client.class'; \
	rm -rf $$dir

clean:
	$(MVN) -f $(ROOT)pom.xml clean
