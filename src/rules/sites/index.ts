/**
 * Every site pack, one JSON file per domain. Listed by hand (not globbed) so Node, the CLI and every
 * bundler load the same set; `npm run new-site -- <domain>` adds the lines, and
 * tests/unit/sites/packs.test.ts fails when a file of this folder is missing here.
 */
import type { SitePack } from "../types.ts";
import antaranewsCom from "./antaranews.com.json" with { type: "json" };
import beritasatuCom from "./beritasatu.com.json" with { type: "json" };
import cnnindonesiaCom from "./cnnindonesia.com.json" with { type: "json" };
import detikCom from "./detik.com.json" with { type: "json" };
import idntimesCom from "./idntimes.com.json" with { type: "json" };
import jpnnCom from "./jpnn.com.json" with { type: "json" };
import kapanlagiCom from "./kapanlagi.com.json" with { type: "json" };
import kompasCom from "./kompas.com.json" with { type: "json" };
import kumparanCom from "./kumparan.com.json" with { type: "json" };
import liputan6Com from "./liputan6.com.json" with { type: "json" };
import medcomId from "./medcom.id.json" with { type: "json" };
import merdekaCom from "./merdeka.com.json" with { type: "json" };
import okezoneCom from "./okezone.com.json" with { type: "json" };
import pikiranRakyatCom from "./pikiran-rakyat.com.json" with { type: "json" };
import republikaCoId from "./republika.co.id.json" with { type: "json" };
import sindonewsCom from "./sindonews.com.json" with { type: "json" };
import suaraCom from "./suara.com.json" with { type: "json" };
import tempoCo from "./tempo.co.json" with { type: "json" };
import tribunnewsCom from "./tribunnews.com.json" with { type: "json" };
import vivaCoId from "./viva.co.id.json" with { type: "json" };
// new-site: imports

export const SITE_PACKS: readonly SitePack[] = [
  antaranewsCom,
  beritasatuCom,
  cnnindonesiaCom,
  detikCom,
  idntimesCom,
  jpnnCom,
  kapanlagiCom,
  kompasCom,
  kumparanCom,
  liputan6Com,
  medcomId,
  merdekaCom,
  okezoneCom,
  pikiranRakyatCom,
  republikaCoId,
  sindonewsCom,
  suaraCom,
  tempoCo,
  tribunnewsCom,
  vivaCoId,
  // new-site: packs
];
