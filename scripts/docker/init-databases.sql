-- Same roles and databases as scripts/infra.sh creates: one database per application.
CREATE ROLE certificate LOGIN PASSWORD 'certificate';
CREATE ROLE compensation LOGIN PASSWORD 'compensation';
CREATE ROLE gateway LOGIN PASSWORD 'gateway';
CREATE DATABASE certificate OWNER certificate;
CREATE DATABASE compensation OWNER compensation;
CREATE DATABASE gateway OWNER gateway;
