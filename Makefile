# articles: the two set-up commands (README) and the SAM build targets.
#   make run    local stack + API on 127.0.0.1:3000, the demo corpus in samples/ loaded
#   make test   every test, unit and integration (the emulators start and stop themselves)
# `sam build` calls sam/Makefile's build-IngestFunction / build-ApiFunction with ARTIFACTS_DIR set (BuildMethod:
# makefile, CodeUri: sam/).

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

# The SAM build targets live in sam/Makefile, the functions' CodeUri (see there why); these run them.
build-IngestFunction build-ApiFunction:
	$(MAKE) -s -C $(ROOT)sam $@ ARTIFACTS_DIR=$(ARTIFACTS_DIR)

# What `sam build` would produce, built by sam/Makefile into temporary ARTIFACTS_DIRs and checked: each package
# holds its handler and its dependencies, and the API's holds no S3 client and no people data but the two small
# name lists its surname rules read. Then the cache key `sam build --cached`
# computes (the CodeUri folder's hash) must be the same after the build as before it.
check-sam-build:
	@set -e; dir=$$(mktemp -d); \
	before=$$($(ROOT)scripts/sam-source-hash $(ROOT)sam); \
	$(MAKE) -s -C $(ROOT)sam build-IngestFunction ARTIFACTS_DIR=$$dir/ingest; \
	$(MAKE) -s -C $(ROOT)sam build-ApiFunction ARTIFACTS_DIR=$$dir/api; \
	after=$$($(ROOT)scripts/sam-source-hash $(ROOT)sam); \
	[ "$$before" = "$$after" ] || { echo "check-sam-build: building changed the CodeUri hash" >&2; exit 1; }; \
	echo "sam build cache key unchanged by the build: $$after"; \
	$(ROOT)scripts/check-package $$dir/ingest io/articles/ingest/IngestHandler.class \
		software/amazon/awssdk/services/s3/S3Client.class software/amazon/awssdk/services/dynamodb/DynamoDbClient.class \
		io/articles/people/name-words.txt.gz io/articles/people/speech-verbs.txt; \
	$(ROOT)scripts/check-package $$dir/api io/articles/api/ApiHandler.class \
		software/amazon/awssdk/services/dynamodb/DynamoDbClient.class '!software/amazon/awssdk/services/s3/S3Client.class' \
		io/articles/people/name-particles.txt io/articles/people/name-suffixes.txt \
		'!io/articles/people/name-words.txt.gz' '!io/articles/article/priming-sample.txt'; \
	rm -rf $$dir

clean:
	$(MVN) -f $(ROOT)pom.xml clean

# The people extractor's generated word lists, rebuilt from the npm packages tools/people-data/package-lock.json pins
# (npm ci checks their integrity hashes); generated.sha256 records what they must be, and a test holds the shipped
# files to it. people-data-check rebuilds into a scratch folder and compares, changing nothing.
PEOPLE_DATA := $(ROOT)tools/people-data
PEOPLE_LISTS := $(ROOT)functions/core/src/main/resources/io/articles/people

.PHONY: people-data people-data-check
people-data:
	cd $(PEOPLE_DATA) && npm ci --no-audit --no-fund --loglevel=error
	python3 $(PEOPLE_DATA)/build.py $(PEOPLE_DATA)/node_modules $(PEOPLE_LISTS)
	cd $(PEOPLE_LISTS) && sha256sum *.txt.gz > $(PEOPLE_DATA)/generated.sha256

people-data-check:
	cd $(PEOPLE_DATA) && npm ci --no-audit --no-fund --loglevel=error
	@set -e; dir=$$(mktemp -d); python3 $(PEOPLE_DATA)/build.py $(PEOPLE_DATA)/node_modules $$dir; \
	(cd $$dir && sha256sum -c $(PEOPLE_DATA)/generated.sha256); rm -rf $$dir
